import { useI18n } from '../../i18n/i18n-context';

/** The first stop for the keyboard: straight to the events on the timeline. */
export function SkipLink() {
  const { messages } = useI18n();
  return (
    // biome-ignore lint/a11y/useValidAnchor: a real link to the main region without script; with script it goes straight to the events
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        const target = document.querySelector<HTMLElement>(
          '.timeline [data-event-id][tabindex="0"]',
        );
        if (!target) return;
        event.preventDefault();
        target.focus();
      }}
    >
      {messages.skipToTimeline}
    </a>
  );
}
