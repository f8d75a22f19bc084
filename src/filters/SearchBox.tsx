import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface SearchBoxProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Enter: open the best match. */
  readonly onSubmit: () => void;
}

export function SearchBox({ value, onChange, onSubmit }: SearchBoxProps) {
  const { messages } = useI18n();
  const hintId = useId();
  return (
    <div className="search-box">
      <input
        type="search"
        aria-label={messages.searchEvents}
        aria-describedby={hintId}
        placeholder={messages.searchPlaceholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onSubmit();
        }}
        autoComplete="off"
        spellCheck={false}
      />
      <span id={hintId} className="visually-hidden">
        {messages.searchHint}
      </span>
    </div>
  );
}
