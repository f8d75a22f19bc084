import { useId } from 'react';
import { safeLinkUrl } from '../../domain/safe-url';
import type { Dataset, TimelineEvent } from '../../domain/types';
import { formatEdtfRange, formatNumber } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import { usePrinting } from './use-printing';

interface PrintListProps {
  readonly dataset: Dataset;
  /** The matching events, in time order. */
  readonly events: readonly TimelineEvent[];
}

/**
 * On paper, every matching event with its date, place and sources. The list on screen is
 * virtualised and scrolls, so it cannot be printed; this one exists only while printing.
 */
export function PrintList({ dataset, events }: PrintListProps) {
  const printing = usePrinting();
  if (!printing) return null;
  return <PrintedEvents dataset={dataset} events={events} />;
}

function PrintedEvents({ dataset, events }: PrintListProps) {
  const { locale, messages } = useI18n();
  const headingId = useId();
  return (
    <section className="print-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.printListTitle(formatNumber(events.length, locale))}</h2>
      <p className="print-origin">{messages.printedFrom(window.location.href)}</p>
      <ol>
        {events.map((event) => {
          const translation = event.i18n[locale];
          const textLang = translation?.title ? undefined : dataset.language;
          const place = event.location
            ? [event.location.name, event.location.virtual ? messages.virtual : undefined]
                .filter(Boolean)
                .join(' · ')
            : '';
          return (
            <li key={event.id}>
              <p className="print-date">
                {formatEdtfRange(event.date, event.end, locale, messages.dateWords)}
                {place && (
                  <span lang={textLang} dir="auto">
                    {' · '}
                    {place}
                  </span>
                )}
              </p>
              <h3 lang={textLang} dir="auto">
                {translation?.title ?? event.title}
              </h3>
              {event.sources.length > 0 && (
                <div className="print-sources">
                  <p>{messages.printSources}</p>
                  <ul>
                    {event.sources.map((id) => {
                      const source = dataset.sources.get(id);
                      const url = safeLinkUrl(source?.url);
                      return (
                        <li key={id}>
                          {source
                            ? [source.publisher, source.title, source.published]
                                .filter(Boolean)
                                .join(' · ')
                            : messages.unknownSource(id)}
                          {url && <span className="print-url"> {url}</span>}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
