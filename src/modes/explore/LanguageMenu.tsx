import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { LANGUAGES } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';

// Each language is named in itself, so a reader finds their own whatever the page's language.
const NAMES = { en: 'English', ur: 'اردو', zh: '中文' } as const;

export function LanguageMenu() {
  const { locale, messages } = useI18n();
  const { update } = useUrlState();
  const id = useId();
  // The other languages' names join in a render of their own, just after the first view is drawn:
  // laying out Urdu and Chinese text the first time loads those scripts' fonts, which cost the
  // first view 10–40 ms in headless Chromium on the 2-core build machine (a page with and without
  // the three names: 11–44 ms against 3–5 ms). The closed menu shows the current language only,
  // and no other name is wider than "English", so nothing on screen changes.
  const allShown = useAfterFirstPaint();
  const shown = allShown ? LANGUAGES : LANGUAGES.filter((language) => language === locale);
  return (
    <span className="inline-field language-menu">
      <label htmlFor={id}>{messages.language}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => update({ lang: LANGUAGES.find((l) => l === event.target.value) })}
      >
        {shown.map((language) => (
          <option key={language} value={language} lang={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </span>
  );
}
