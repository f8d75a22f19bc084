import type { Dataset, TimelineEvent } from '../domain/types';
import { formatNumber } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n-context';
import { type DownloadFormat, downloadEvents } from './download-events';

const FORMATS: readonly { format: DownloadFormat; name: string }[] = [
  { format: 'csv', name: 'CSV' },
  { format: 'json', name: 'JSON' },
];

/** Download the events that match the current search and filters. */
export function DownloadButtons({
  dataset,
  events,
}: {
  dataset: Dataset;
  events: readonly TimelineEvent[];
}) {
  const { locale, messages } = useI18n();
  const count = formatNumber(events.length, locale);
  return (
    <span className="download-buttons">
      {FORMATS.map(({ format, name }) => (
        <button
          key={format}
          type="button"
          className="text-button"
          onClick={() => void downloadEvents(dataset, events, format)}
          aria-label={messages.downloadAs(count, name)}
          disabled={events.length === 0}
        >
          {name}
        </button>
      ))}
    </span>
  );
}
