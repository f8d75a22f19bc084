import type { Dataset, TimelineEvent } from '../domain/types';
import { formatNumber } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n-context';
import { type DownloadFormat, downloadEvents } from './download-events';

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
  const download = (format: DownloadFormat) => () => void downloadEvents(dataset, events, format);
  return (
    <span className="download-buttons">
      <button
        type="button"
        className="text-button"
        onClick={download('csv')}
        aria-label={messages.downloadAs(count, 'CSV')}
        disabled={events.length === 0}
      >
        CSV
      </button>
      <button
        type="button"
        className="text-button"
        onClick={download('json')}
        aria-label={messages.downloadAs(count, 'JSON')}
        disabled={events.length === 0}
      >
        JSON
      </button>
    </span>
  );
}
