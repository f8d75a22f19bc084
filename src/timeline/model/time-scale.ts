import { type ScaleTime, scaleUtc } from 'd3-scale';
import type { TimeWindow } from '../../domain/time-window';

// The one mapping between time and pixels, for the timeline, its overview and density strip, the
// presenter's strip and the exported image. Right to left is a reversed range and nothing else:
// everything drawn from the scale mirrors by itself.

export type TimeDirection = 'ltr' | 'rtl';
export type TimeScale = ScaleTime<number, number>;

export function timeScale(
  window: TimeWindow,
  widthPx: number,
  direction: TimeDirection,
): TimeScale {
  return scaleUtc()
    .domain([window.startMs, window.endMs])
    .range(direction === 'rtl' ? [widthPx, 0] : [0, widthPx]);
}

/** The window a scale shows (after d3-zoom's rescaleX, for one). */
export function windowOfScale(scale: TimeScale): TimeWindow {
  const [start, end] = scale.domain();
  return { startMs: start?.getTime() ?? 0, endMs: end?.getTime() ?? 0 };
}

/** The scale's width in px, whichever way it runs. */
export function scaleWidthPx(scale: TimeScale): number {
  const [a = 0, b = 0] = scale.range();
  return Math.abs(b - a);
}

/** +1 when later times are further right, -1 when they are further left. */
export function scaleSign(scale: TimeScale): 1 | -1 {
  const [a = 0, b = 0] = scale.range();
  return b >= a ? 1 : -1;
}

/** The instants under two screen positions, earliest first. */
export function msBetween(scale: TimeScale, aPx: number, bPx: number): [number, number] {
  const a = scale.invert(aPx).getTime();
  const b = scale.invert(bPx).getTime();
  return a <= b ? [a, b] : [b, a];
}
