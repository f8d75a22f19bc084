import { memo, useId, useState } from 'react';
import type { Dataset } from '../../domain/types';
import { formatEdtf, formatNumber } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';

/**
 * What this dataset is, in one line under the timeline: how many events over which years, the
 * legend of event types, and the dataset's description behind a disclosure, so the timeline
 * keeps the width of the page.
 */
export const DatasetIntro = memo(function DatasetIntro({ dataset }: { dataset: Dataset }) {
  const { locale, messages } = useI18n();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const textId = useId();
  // Events are sorted by start.
  const first = dataset.events[0];
  const last = dataset.events.at(-1);
  return (
    <section className="intro" aria-labelledby={headingId}>
      <div className="intro-bar">
        <h2 className="intro-heading" id={headingId}>
          <button
            type="button"
            className="intro-toggle"
            aria-expanded={open}
            aria-controls={textId}
            onClick={() => setOpen((was) => !was)}
          >
            <span className="disclosure-chevron" aria-hidden="true" />
            {messages.aboutDataset}
          </button>
        </h2>
        <p className="intro-facts">
          {messages.eventCount(formatNumber(dataset.events.length, locale))}
          {first && last && (
            <>
              {' · '}
              {messages.datasetSpan(
                formatEdtf(first.date, locale, messages.dateWords),
                formatEdtf(last.date, locale, messages.dateWords),
              )}
            </>
          )}
        </p>
        <ul className="legend" aria-label={messages.eventTypeLegend}>
          <li className="tone-cooperative">
            <span className="mark-symbol" aria-hidden="true" /> {messages.cooperative}
          </li>
          <li className="tone-conflictual">
            <span className="mark-symbol" aria-hidden="true" /> {messages.conflictual}
          </li>
          <li className="tone-neutral">
            <span className="mark-symbol" aria-hidden="true" /> {messages.neutral}
          </li>
        </ul>
      </div>
      <div className="intro-text" id={textId} hidden={!open}>
        {dataset.description && (
          // The dataset's own words keep their language and direction inside any interface.
          <p lang={dataset.language} dir="auto">
            {dataset.description}
          </p>
        )}
        <p>{messages.pickAnEvent}</p>
        <p>
          <a href="./accessibility.html" hrefLang="en">
            {messages.accessibilityStatement}
          </a>
        </p>
      </div>
    </section>
  );
});
