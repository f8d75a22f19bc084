import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { densityBins } from './density-bins';
import { type EventIndex, lowerBound } from './event-index';
import { timeScale } from './time-scale';

const window = { startMs: Date.UTC(1950, 0, 1), endMs: Date.UTC(2025, 0, 1) };

/** Only the sorted starts are read. */
function indexOf(startsMs: number[]): EventIndex {
  const sorted = Float64Array.from(startsMs).sort();
  return {
    events: [],
    startsMs: sorted,
    endsMs: sorted,
    sortedEndsMs: sorted,
    maxDurationMs: 0,
    positionById: new Map(),
  };
}

/** The slice edges asked of the scale one by one: what the strip counted before. */
function countedEdgeByEdge(index: EventIndex, widthPx: number, bins: number, rtl: boolean) {
  const scale = timeScale(window, widthPx, rtl ? 'rtl' : 'ltr');
  const binPx = widthPx / bins;
  return Array.from({ length: bins }, (_, bin) => {
    const a = scale.invert(bin * binPx).getTime();
    const b = scale.invert((bin + 1) * binPx).getTime();
    return lowerBound(index.startsMs, Math.max(a, b)) - lowerBound(index.startsMs, Math.min(a, b));
  });
}

describe('densityBins', () => {
  it('counts, slice by slice, the events that start under it, either way the scale runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: window.startMs - 1e11, max: window.endMs + 1e11 }), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.boolean(),
        (starts, widthPx, bins, rtl) => {
          const index = indexOf(starts);
          const scale = timeScale(window, widthPx, rtl ? 'rtl' : 'ltr');
          const counts = [...densityBins(index, scale, bins)];
          expect(counts).toEqual(countedEdgeByEdge(index, widthPx, bins, rtl));
          const inView = starts.filter((ms) => ms >= window.startMs && ms < window.endMs).length;
          expect(counts.reduce((sum, n) => sum + n, 0)).toBe(inView);
        },
      ),
    );
  });

  it('puts the earliest slice on the right when the page runs right to left', () => {
    const index = indexOf([window.startMs + 1000]);
    const ltr = densityBins(index, timeScale(window, 100, 'ltr'), 10);
    const rtl = densityBins(index, timeScale(window, 100, 'rtl'), 10);
    expect(ltr[0]).toBe(1);
    expect(rtl[9]).toBe(1);
  });
});
