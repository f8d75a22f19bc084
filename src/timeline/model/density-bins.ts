import { type EventIndex, lowerBound } from './event-index';
import { msBetween, scaleWidthPx, type TimeScale } from './time-scale';

/**
 * How many events start in each of `bins` equal slices of the scale's width, left to right on
 * screen. Each slice's edges come from the scale, so right to left needs nothing of its own.
 * Counting is two binary searches per slice: bounded by the width, never by the number of events
 * (d3-array's `bin` would walk every visible event on every frame).
 */
export function densityBins(index: EventIndex, scale: TimeScale, bins: number): Uint32Array {
  const counts = new Uint32Array(bins);
  const binPx = scaleWidthPx(scale) / bins;
  for (let bin = 0; bin < bins; bin++) {
    const [startMs, endMs] = msBetween(scale, bin * binPx, (bin + 1) * binPx);
    counts[bin] = lowerBound(index.startsMs, endMs) - lowerBound(index.startsMs, startMs);
  }
  return counts;
}
