import { useEffect, useLayoutEffect, useState } from 'react';
import type { Language } from '../state/url-state';
import { chooseLanguage, directionOf } from './choose-language';
import type { I18n } from './i18n-context';
import { loadMessages } from './load-messages';
import { en } from './messages-en';

/**
 * The catalogue for the page's language, and `lang`/`dir` on the document. Until another
 * language's catalogue has arrived the page stays in the language it had (English at first).
 */
export function useCatalogue(fromUrl: Language | undefined): I18n {
  const language = chooseLanguage(
    fromUrl,
    typeof navigator === 'undefined' ? [] : navigator.languages,
  );
  const [i18n, setI18n] = useState<I18n>({ locale: 'en', messages: en });
  useEffect(() => {
    let current = true;
    void loadMessages(language).then((messages) => {
      // The catalogue already shown (English, the first render's) is kept as it is: a new object
      // would re-render the whole page just after its first paint.
      if (current) {
        setI18n((shown) =>
          shown.locale === language && shown.messages === messages
            ? shown
            : { locale: language, messages },
        );
      }
    });
    return () => {
      current = false;
    };
  }, [language]);
  // Before the paint: the first frame in Urdu is already right to left, and a key pressed on it
  // already reads the page's direction.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = i18n.locale;
    root.dir = directionOf(i18n.locale);
  }, [i18n.locale]);
  return i18n;
}
