import { memo } from 'react';
import { toneOf } from '../../domain/event-tone';
import { formatEdtfRange } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import type { PlacedEvent } from '../model/layout-timeline';
import { markHeightPx } from './dimensions';

interface EventMarkProps {
  readonly item: PlacedEvent;
  readonly topPx: number;
  /** Where a cut title shows whole on hover and focus: below the mark, or above it. */
  readonly tipBelow: boolean;
  readonly textLang: string | undefined;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly onOpen: (id: string) => void;
  readonly onFocusEvent: (id: string) => void;
}

/** One event: a marker at its start (a band across its month, year or span) and its title. */
export const EventMark = memo(function EventMark({
  item,
  topPx,
  tipBelow,
  textLang,
  selected,
  tabbable,
  onOpen,
  onFocusEvent,
}: EventMarkProps) {
  const { locale, messages } = useI18n();
  const { event } = item;
  const boxWidthPx = item.boxEndPx - item.boxStartPx;
  const spanStartPx = Math.max(item.boxStartPx, Math.min(item.xPx, item.spanEndPx));
  const spanEndPx = Math.min(item.boxEndPx, Math.max(item.xPx, item.spanEndPx));
  const date = formatEdtfRange(event.date, event.end, locale, messages.dateWords);
  const typeName = event.type ? messages.ploverType[event.type] : messages.untyped;
  const tone = toneOf(event.type);
  const banded = event.date.precision !== 'day' || event.end !== undefined;
  const classes = [
    'mark',
    `mark-${tone}`,
    selected && 'is-selected',
    item.flipped && 'is-flipped',
    item.rows === 2 && 'is-two-lines',
    item.cut && 'is-cut',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={classes}
      style={{
        transform: `translate(${item.boxStartPx}px, ${topPx}px)`,
        width: `${boxWidthPx}px`,
        height: `${markHeightPx(item.rows)}px`,
      }}
      data-event-id={event.id}
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${event.title}, ${date}, ${typeName}`}
      aria-pressed={selected}
      onClick={() => onOpen(event.id)}
      onFocus={() => onFocusEvent(event.id)}
    >
      {banded && (
        <span
          className="mark-band"
          style={{
            left: `${spanStartPx - item.boxStartPx}px`,
            width: `${Math.max(4, spanEndPx - spanStartPx)}px`,
          }}
        />
      )}
      <span className="mark-symbol" aria-hidden="true" />
      <span className="mark-label" aria-hidden="true" lang={textLang} dir="auto">
        {event.title}
      </span>
      {item.cut && (
        <span
          className={`mark-tip ${tipBelow ? 'is-below' : 'is-above'}`}
          aria-hidden="true"
          lang={textLang}
          dir="auto"
        >
          {event.title}
        </span>
      )}
    </button>
  );
});
