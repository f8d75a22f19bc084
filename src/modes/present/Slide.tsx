import { toneOf } from '../../domain/event-tone';
import type { Dataset, TimelineEvent } from '../../domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { SourceCitation } from '../../panel/SourceCitation';
import { keyStatements, STATEMENT_MAX_CHARS, shorten, slideSummary } from './slide-content';

export interface SlideProps {
  readonly dataset: Dataset;
  readonly event: TimelineEvent;
  readonly date: string;
  readonly direction: 'forward' | 'back';
}

/** One event in large type: what, when, where, a short summary and the key statements. */
export function Slide({ dataset, event, date, direction }: SlideProps) {
  const { locale, messages } = useI18n();
  const translation = event.i18n[locale];
  const title = translation?.title ?? event.title;
  const summary = slideSummary(translation?.summary ?? event.summary);
  const statements = keyStatements(event);
  const sourceId = event.sources[0];
  const place = event.location
    ? [event.location.name, event.location.virtual ? messages.virtual : undefined]
        .filter(Boolean)
        .join(' · ')
    : '';
  const textLang = translation ? undefined : dataset.language;
  return (
    <article className="present-slide" data-direction={direction}>
      <p className={`present-type tone-${toneOf(event.type)}`}>
        <span className="mark-symbol" aria-hidden="true" />
        {event.type ? messages.ploverType[event.type] : messages.untyped}
      </p>
      <h2 className="present-title" lang={textLang} dir="auto">
        {title}
      </h2>
      <p className="present-when">
        <span>{date}</span>
        {place && (
          <span className="present-place" lang={textLang} dir="auto">
            {place}
          </span>
        )}
      </p>
      <div className={`present-body${statements.length > 0 ? ' has-columns' : ''}`}>
        <div className="present-facts">
          {summary && (
            <p className="present-summary" lang={textLang} dir="auto">
              {summary}
            </p>
          )}
          {sourceId && (
            <p className="present-source">
              <span className="present-source-label">{messages.mainSource}: </span>
              <SourceCitation id={sourceId} source={dataset.sources.get(sourceId)} compact />
            </p>
          )}
        </div>
        {statements.length > 0 && (
          <section className="present-statements" aria-label={messages.keyStatements}>
            <h3>{messages.keyStatements}</h3>
            {statements.map((statement) => (
              <figure
                key={`${statement.speaker ?? ''}|${statement.text}`}
                className={`present-statement${statement.kind === 'quote' ? ' is-quote' : ''}`}
              >
                {statement.kind === 'quote' ? (
                  <blockquote className="present-words" lang={dataset.language} dir="auto">
                    <p>{shorten(statement.text, STATEMENT_MAX_CHARS)}</p>
                  </blockquote>
                ) : (
                  // Reported speech is not a quotation, so it is not marked up as one.
                  <p className="present-words" lang={dataset.language} dir="auto">
                    {shorten(statement.text, STATEMENT_MAX_CHARS)}
                  </p>
                )}
                {(statement.speaker || statement.role) && (
                  <figcaption>
                    {statement.speaker && <strong>{statement.speaker}</strong>}
                    {statement.speaker && statement.role && ', '}
                    {statement.role && <span className="role">{statement.role}</span>}
                  </figcaption>
                )}
              </figure>
            ))}
          </section>
        )}
      </div>
    </article>
  );
}
