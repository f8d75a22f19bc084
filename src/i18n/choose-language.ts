import { LANGUAGES, type Language } from '../state/url-state';

/** The URL's language, else the first of the browser's preferred languages we have, else English. */
export function chooseLanguage(
  fromUrl: Language | undefined,
  preferred: readonly string[],
): Language {
  if (fromUrl) return fromUrl;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'ur' ? 'rtl' : 'ltr';
}
