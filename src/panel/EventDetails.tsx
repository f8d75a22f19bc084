import { forwardRef, lazy, type MouseEvent, memo, Suspense, useId, useMemo } from 'react';
import { toneOf } from '../domain/event-tone';
import { groupBySide, type SideGroup } from '../domain/group-by-side';
import { relatedEvents } from '../domain/related-events';
import { seriesNeighbours } from '../domain/series';
import type { Dataset, Participant, Statement, TimelineEvent } from '../domain/types';
import { formatEdtfRange } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n-context';
import { Highlight } from '../ui/Highlight';
import { EventEras } from './EventEras';
import { ShareAndCite } from './ShareAndCite';
import { SourceCitation } from './SourceCitation';

// Media load with the first event that has any: most datasets have none.
const EventMedia = lazy(() =>
  import('./EventMedia').then((module) => ({ default: module.EventMedia })),
);

interface EventDetailsProps {
  readonly dataset: Dataset;
  readonly event: TimelineEvent;
  readonly onClose: () => void;
  readonly onOpen: (id: string) => void;
  /** The current search, to highlight its terms. */
  readonly query: string;
  /** Runs a search (from "more statements by this speaker"). */
  readonly onSearch: (text: string) => void;
  /** The link that reopens another event in this same view. */
  readonly hrefFor: (id: string) => string;
  /** The dataset's address as loaded, which media addresses are relative to. */
  readonly datasetUrl: string;
}

/** Everything known about one event, with where each fact comes from. */
export const EventDetails = memo(
  forwardRef<HTMLHeadingElement, EventDetailsProps>(function EventDetails(
    { dataset, event, onClose, onOpen, query, onSearch, hrefFor, datasetUrl },
    headingRef,
  ) {
    const { locale, messages } = useI18n();
    const ids = {
      participants: useId(),
      statements: useId(),
      sources: useId(),
      outcomes: useId(),
    };
    // Both look through every event: once per event opened, not on every render.
    const { previous, next } = useMemo(
      () => seriesNeighbours(dataset.events, event),
      [dataset, event],
    );
    const related = useMemo(() => relatedEvents(dataset.events, event), [dataset, event]);
    const follow = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      onOpen(id);
    };
    const sideName = (group: SideGroup<unknown>) => {
      switch (group.side) {
        case 'first':
          return dataset.parties[0].name;
        case 'second':
          return dataset.parties[1].name;
        case 'joint':
          return messages.joint;
        case 'other':
          return messages.otherParties;
        case 'unknown':
          return messages.noParty;
      }
    };
    const translation = event.i18n[locale];
    const title = translation?.title ?? event.title;
    const summary = translation?.summary ?? event.summary;
    const status = event.verification?.status;
    // Dataset text keeps its own language (and direction) inside a page in another language.
    const textProps = { lang: dataset.language, dir: 'auto' as const };
    const titleProps = translation?.title ? { lang: locale, dir: 'auto' as const } : textProps;
    const summaryProps = translation?.summary ? { lang: locale, dir: 'auto' as const } : textProps;

    return (
      <section className="details" aria-label={messages.details}>
        <header className="details-header">
          <button
            type="button"
            className="icon-button details-close"
            onClick={onClose}
            aria-label={messages.closeDetails}
            title={messages.closeDetails}
          >
            <span aria-hidden="true">×</span>
          </button>
          <p className={`details-type tone-${toneOf(event.type)}`}>
            <span className="mark-symbol" aria-hidden="true" />
            {event.type ? messages.ploverType[event.type] : messages.untyped}
          </p>
          <h2 ref={headingRef} tabIndex={-1} className="details-title" {...titleProps}>
            <Highlight text={title} query={query} />
          </h2>
          <p className="details-date">
            {formatEdtfRange(event.date, event.end, locale, messages.dateWords)}
          </p>
          {event.location && (
            <p className="details-place">
              {[event.location.name, event.location.virtual ? messages.virtual : undefined]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          <EventEras dataset={dataset} event={event} />
        </header>

        {status && (
          <div className={`verification status-${status}`}>
            <p>
              <strong>{messages.verificationStatus[status]}</strong> —{' '}
              {messages.verificationHelp[status]}
            </p>
            {event.verification?.note && (
              <p className="verification-note">{event.verification.note}</p>
            )}
          </div>
        )}

        {summary && (
          <div className="details-summary" {...summaryProps}>
            {summary.split(/\n\s*\n/).map((paragraph, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one immutable text
              <p key={i}>
                <Highlight text={paragraph} query={query} />
              </p>
            ))}
          </div>
        )}

        {event.media.length > 0 && (
          <Suspense fallback={null}>
            <EventMedia dataset={dataset} media={event.media} datasetUrl={datasetUrl} />
          </Suspense>
        )}

        {event.participants.length > 0 && (
          <>
            <h3 id={ids.participants}>{messages.participants}</h3>
            <ul className="side-groups participants" aria-labelledby={ids.participants}>
              {groupBySide(event.participants, (p) => p.party, dataset.parties).map((group) => (
                <li key={group.side} className={`side side-${group.side}`}>
                  <h4>{sideName(group)}</h4>
                  <ul>
                    {group.items.map((participant: Participant, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the same name may appear twice with different roles
                      <li key={i}>
                        <span className="person">{participant.name}</span>
                        {participant.role && <span className="role">{participant.role}</span>}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}

        {event.statements.length > 0 && (
          <>
            <h3 id={ids.statements}>{messages.statements}</h3>
            <ul className="side-groups statements compare" aria-labelledby={ids.statements}>
              {groupBySide(event.statements, (s) => s.party, dataset.parties).map((group) => (
                <li key={group.side} className={`side side-${group.side}`}>
                  <h4>{sideName(group)}</h4>
                  <ul>
                    {group.items.map((statement: Statement, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: statements have no id of their own
                      <li key={i} className={`statement kind-${statement.kind}`}>
                        <p className="statement-meta">
                          <span className="statement-kind">
                            {messages.statementKind[statement.kind]}
                          </span>
                          {statement.speaker && <span className="person">{statement.speaker}</span>}
                          {statement.role && <span className="role">{statement.role}</span>}
                        </p>
                        {statement.kind === 'quote' ? (
                          <blockquote {...textProps}>
                            <p>
                              “<Highlight text={statement.text} query={query} />”
                            </p>
                          </blockquote>
                        ) : (
                          <p className="statement-text" {...textProps}>
                            <Highlight text={statement.text} query={query} />
                          </p>
                        )}
                        {statement.speaker && (
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onSearch(statement.speaker ?? '')}
                          >
                            {messages.moreBySpeaker(statement.speaker)}
                          </button>
                        )}
                        {statement.source && (
                          <p className="statement-source">
                            {messages.sourceLabel}:{' '}
                            <SourceCitation
                              id={statement.source}
                              source={dataset.sources.get(statement.source)}
                              compact
                            />
                          </p>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}

        {event.outcomes.length > 0 && (
          <>
            <h3 id={ids.outcomes}>{messages.outcomes}</h3>
            <ul className="outcomes" aria-labelledby={ids.outcomes} {...textProps}>
              {event.outcomes.map((outcome, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: outcomes of one immutable event
                <li key={i}>{outcome}</li>
              ))}
            </ul>
          </>
        )}

        {event.series && (
          <nav className="series" aria-label={messages.series}>
            <h3>{messages.series}</h3>
            <p>
              {messages.seriesNumber(event.series.name ?? event.series.id, event.series.number)}
            </p>
            <ul className="series-links">
              {previous && (
                <li>
                  <a href={hrefFor(previous.id)} onClick={follow(previous.id)} rel="prev">
                    ← {messages.previousInSeries(previous.title)}
                  </a>
                </li>
              )}
              {next && (
                <li>
                  <a href={hrefFor(next.id)} onClick={follow(next.id)} rel="next">
                    {messages.nextInSeries(next.title)} →
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}

        {related.length > 0 && (
          <>
            <h3>{messages.related}</h3>
            <ul className="related">
              {related.map(({ kind, event: other }) => (
                <li key={`${kind}-${other.id}`}>
                  <span className="relation-type">{messages.relationType[kind]}</span>{' '}
                  <a href={hrefFor(other.id)} onClick={follow(other.id)} {...textProps}>
                    {other.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}

        {event.tags.length > 0 && (
          <p className="tags">
            <span className="visually-hidden">{messages.tags}: </span>
            {event.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </p>
        )}

        <h3 id={ids.sources}>{messages.sources}</h3>
        <ol className="sources" aria-labelledby={ids.sources}>
          {event.sources.length === 0 && <li>{messages.noSources}</li>}
          {event.sources.map((id) => (
            <li key={id}>
              <SourceCitation id={id} source={dataset.sources.get(id)} />
            </li>
          ))}
        </ol>

        <ShareAndCite
          dataset={dataset}
          event={event}
          permalink={() => new URL(hrefFor(event.id), document.baseURI).href}
        />
      </section>
    );
  }),
);
