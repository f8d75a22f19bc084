import { memo } from 'react';
import { toneOf } from '../../domain/event-tone';
import { formatEdtfRange } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import type { PlacedEvent } from '../model/layout-timeline';

interface EventMarkProps {
  readonly item: PlacedEvent;
  readonly topPx: number;
  readonly widthPx: number;
  readonly rtl: boolean;
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
  widthPx,
  rtl,
  textLang,
  selected,
  tabbable,
  onOpen,
  onFocusEvent,
}: EventMarkProps) {
  const { locale, messages } = useI18n();
  const { event } = item;
  // Boxes of very long spans are cut a little past the right edge: nothing there is seen.
  const boxWidthPx = Math.min(item.boxEndPx, widthPx + 40) - item.boxStartPx;
  const bandStartPx = Math.max(item.xPx, item.boxStartPx) - item.boxStartPx;
  const bandWidthPx = Math.max(4, item.spanEndPx - Math.max(item.xPx, item.boxStartPx));
  const date = formatEdtfRange(event.date, event.end, locale, messages.dateWords);
  const typeName = event.type ? messages.ploverType[event.type] : messages.untyped;
  const tone = toneOf(event.type);
  const banded = event.date.precision !== 'day' || event.end !== undefined;
  return (
    <button
      type="button"
      className={`mark mark-${tone}${selected ? ' is-selected' : ''}${item.flipped ? ' is-flipped' : ''}`}
      style={{
        transform: `translate(${rtl ? widthPx - item.boxStartPx - boxWidthPx : item.boxStartPx}px, ${topPx}px)`,
        width: `${boxWidthPx}px`,
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
          style={{ insetInlineStart: `${bandStartPx}px`, width: `${bandWidthPx}px` }}
        />
      )}
      <span className="mark-symbol" aria-hidden="true" />
      <span className="mark-label" aria-hidden="true" lang={textLang} dir="auto">
        {event.title}
      </span>
    </button>
  );
});
