import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TimelineEvent } from '../domain/types';
import { formatEdtfRange } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n-context';
import { Highlight } from '../ui/Highlight';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';

interface EventListProps {
  readonly events: readonly TimelineEvent[];
  readonly query: string;
  /** Language of the dataset's text. */
  readonly textLang: string | undefined;
  readonly selectedId: string | undefined;
  readonly onOpen: (id: string) => void;
  /** Called with the event at the top of the list as it scrolls, when following is on. */
  readonly onScrollTo?: ((event: TimelineEvent) => void) | undefined;
}

export const ROW_PX = 68;
const OVERSCAN_ROWS = 8;
// Up to this many rows all are rendered, so every match is in the accessibility tree and findable
// with the browser's own search; beyond it only the rows in view are.
const VIRTUAL_ABOVE = 500;

/**
 * The matching events in time order. Only the rows in view are in the DOM (the list stays
 * light at 100,000 events); each row says its position in the whole with aria-posinset.
 */
export const EventList = memo(function EventList({
  events,
  query,
  textLang,
  selectedId,
  onOpen,
  onScrollTo,
}: EventListProps) {
  const { locale, messages } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrolledRange, setRange] = useState({ first: 0, last: 40 });
  // A list shown whole has its range without measuring: reading its scroll position in a
  // layout effect would force a layout of the whole page inside every commit.
  const whole = events.length <= VIRTUAL_ABOVE;
  const range = whole ? { first: 0, last: events.length } : scrolledRange;

  /** Which row is at the top; for a long list, also brings the rows in view into the DOM. */
  const measure = () => {
    const element = scrollRef.current;
    if (!element) return;
    if (!whole) {
      const first = Math.max(0, Math.floor(element.scrollTop / ROW_PX) - OVERSCAN_ROWS);
      const last = Math.min(
        events.length,
        Math.ceil((element.scrollTop + element.clientHeight) / ROW_PX) + OVERSCAN_ROWS,
      );
      setRange((old) => (old.first === first && old.last === last ? old : { first, last }));
    }
    return Math.floor(element.scrollTop / ROW_PX);
  };

  useLayoutEffect(() => {
    if (!whole) measure();
  });

  // Keep the open event in view, scrolling only this list, never the page around it.
  // when the open event changes (not on every keystroke of a search, which changes the events).
  const eventsRef = useRef(events);
  eventsRef.current = events;
  useEffect(() => {
    const element = scrollRef.current;
    const at = eventsRef.current.findIndex((event) => event.id === selectedId);
    if (!element || at === -1) return;
    const top = at * ROW_PX;
    if (top < element.scrollTop || top + ROW_PX > element.scrollTop + element.clientHeight) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 3);
    }
  }, [selectedId]);

  // The list sits beside or below the timeline: its first render holds no rows, and they follow
  // in a render of their own once the timeline is on screen, so a first view paints the timeline
  // without waiting for every row (the list keeps its full height meanwhile: nothing moves).
  const rowsShown = useAfterFirstPaint();
  const rows = rowsShown ? events.slice(range.first, range.last) : [];
  return (
    <div
      className="event-list"
      ref={scrollRef}
      onScroll={() => {
        const top = measure();
        const event = top === undefined ? undefined : events[top];
        if (event && onScrollTo) onScrollTo(event);
      }}
    >
      {events.length === 0 ? (
        <p className="event-list-empty">{messages.noMatches}</p>
      ) : (
        <ul aria-label={messages.eventsList} style={{ height: `${events.length * ROW_PX}px` }}>
          {rows.map((event, i) => {
            const position = range.first + i;
            const selected = event.id === selectedId;
            const place = event.location?.virtual ? messages.virtual : event.location?.name;
            return (
              <li
                key={event.id}
                aria-setsize={events.length}
                aria-posinset={position + 1}
                style={{ transform: `translateY(${position * ROW_PX}px)` }}
              >
                <button
                  type="button"
                  className={`list-row${selected ? ' is-selected' : ''}`}
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => onOpen(event.id)}
                >
                  <span className="list-title" lang={textLang} dir="auto">
                    <Highlight text={event.title} query={query} />
                  </span>
                  <span className="list-meta">
                    <span>
                      {formatEdtfRange(event.date, event.end, locale, messages.dateWords)}
                    </span>
                    {place && (
                      <span lang={event.location?.virtual ? undefined : textLang} dir="auto">
                        {place}
                      </span>
                    )}
                    <span>{event.type ? messages.ploverType[event.type] : messages.untyped}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});
