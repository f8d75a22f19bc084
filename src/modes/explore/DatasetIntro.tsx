import { memo } from 'react';
import type { Dataset } from '../../domain/types';
import { formatEdtf, formatNumber } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';

/** Shown beside the timeline while no event is open: what this dataset is and how to begin. */
export const DatasetIntro = memo(function DatasetIntro({ dataset }: { dataset: Dataset }) {
  const { locale, messages } = useI18n();
  // Events are sorted by start.
  const first = dataset.events[0];
  const last = dataset.events.at(-1);
  return (
    <aside className="intro" aria-label={messages.aboutDataset}>
      <h2>{messages.aboutDataset}</h2>
      {dataset.description && <p>{dataset.description}</p>}
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
      <p>{messages.pickAnEvent}</p>
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
    </aside>
  );
});
