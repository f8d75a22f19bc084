import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { LANGUAGES } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';

// Each language is named in itself, so a reader finds their own whatever the page's language.
const NAMES = { en: 'English', ur: 'اردو', zh: '中文' } as const;

export function LanguageMenu() {
  const { locale, messages } = useI18n();
  const { update } = useUrlState();
  const id = useId();
  return (
    <span className="inline-field language-menu">
      <label htmlFor={id}>{messages.language}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => update({ lang: LANGUAGES.find((l) => l === event.target.value) })}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </span>
  );
}
