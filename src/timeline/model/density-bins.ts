import { type EventIndex, lowerBound } from './event-index';
import { scaleWidthPx, type TimeScale } from './time-scale';

/**
 * How many events start in each of `bins` equal slices of the scale's width, left to right on
 * screen. Counting is two binary searches per slice: bounded by the width, never by the number
 * of events (d3-array's `bin` would walk every visible event on every frame).
 *
 * A time scale is linear in milliseconds, so equal slices of the width are equal spans of time:
 * the edges are stepped from the instants under the scale's two ends rather than asked of the
 * scale slice by slice (which made a Date per edge: ~1,000 of them for a first view's strips,
 * run before the code is warm). Right to left, the step is negative and nothing else changes.
 */
export function densityBins(index: EventIndex, scale: TimeScale, bins: number): Uint32Array {
  const counts = new Uint32Array(bins);
  const widthPx = scaleWidthPx(scale);
  if (bins === 0 || widthPx === 0) return counts;
  const leftMs = scale.invert(0).getTime();
  const rightMs = scale.invert(widthPx).getTime();
  const stepMs = (rightMs - leftMs) / bins;
  // The last edge is the scale's own, so the slices end exactly where the view does.
  const edgeMs = (edge: number) => (edge === bins ? rightMs : leftMs + edge * stepMs);
  for (let bin = 0; bin < bins; bin++) {
    const a = edgeMs(bin);
    const b = edgeMs(bin + 1);
    counts[bin] =
      lowerBound(index.startsMs, Math.max(a, b)) - lowerBound(index.startsMs, Math.min(a, b));
  }
  return counts;
}
