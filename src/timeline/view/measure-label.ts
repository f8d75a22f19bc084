import type { TimelineEvent } from '../../domain/types';
import { fitLabel } from '../model/fit-label';
import type { LabelSize } from '../model/layout-timeline';
import { FONT_STACK, measureTextPx } from './measure-text';

// Lane packing needs each label's size before anything is drawn: a title is wrapped to two lines
// before it is cut, and narrow screens get narrower labels.
export const LABEL_FONT = `600 13px ${FONT_STACK}`;
/** Padding, marker and gap before the text, and padding after it (see .mark in styles.css). */
const MARK_CHROME_PX = 34;
const WIDE = { oneLinePx: 220, twoLinesPx: 250 };
const NARROW = { oneLinePx: 170, twoLinesPx: 200 };
const NARROW_BELOW_PX = 600;

const sizes = new WeakMap<TimelineEvent, { wide?: LabelSize; narrow?: LabelSize }>();
const measure = (text: string) => measureTextPx(text, LABEL_FONT);

export function labelSize(event: TimelineEvent, viewWidthPx: number): LabelSize {
  const kind = viewWidthPx < NARROW_BELOW_PX ? 'narrow' : 'wide';
  let cached = sizes.get(event);
  if (!cached) {
    cached = {};
    sizes.set(event, cached);
  }
  let size = cached[kind];
  if (!size) {
    const fit = fitLabel(event.title, measure, kind === 'narrow' ? NARROW : WIDE);
    size = { widthPx: Math.ceil(fit.textPx + MARK_CHROME_PX), rows: fit.lines, cut: fit.cut };
    cached[kind] = size;
  }
  return size;
}
