import type { TimelineEvent } from '../../domain/types';

// Lane packing needs each label's width before anything is drawn. Text is measured once per
// event on a canvas (never by laying out DOM), and capped: long titles are cut with an ellipsis.
export const LABEL_FONT =
  '600 13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const MARKER_PX = 22;
const MAX_LABEL_PX = 220;
const widths = new WeakMap<TimelineEvent, number>();
let context: CanvasRenderingContext2D | null | undefined;

function measureText(text: string): number {
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = LABEL_FONT;
  }
  return context ? context.measureText(text).width : text.length * 7;
}

export function labelBoxWidthPx(event: TimelineEvent): number {
  let width = widths.get(event);
  if (width === undefined) {
    width = Math.ceil(MARKER_PX + Math.min(MAX_LABEL_PX, measureText(event.title)) + 12);
    widths.set(event, width);
  }
  return width;
}
