import { bisectLeft, bisectRight } from 'd3-array';
import type { TimelineEvent } from '../../domain/types';

// Events sorted by start, with their instants in typed arrays so that finding what is visible
// is two binary searches (d3-array's bisect) and nothing proportional to the number of events is
// allocated per frame.
export interface EventIndex {
  readonly events: readonly TimelineEvent[];
  readonly startsMs: Float64Array;
  readonly endsMs: Float64Array;
  /** The same ends, sorted on their own: with the sorted starts they count what a window shows. */
  readonly sortedEndsMs: Float64Array;
  /** The longest span of any event: how far left of a window a visible event can start. */
  readonly maxDurationMs: number;
  readonly positionById: ReadonlyMap<string, number>;
}

/** events must already be sorted by start (the parser sorts them). */
export function buildEventIndex(events: readonly TimelineEvent[]): EventIndex {
  const startsMs = new Float64Array(events.length);
  const endsMs = new Float64Array(events.length);
  const positionById = new Map<string, number>();
  let maxDurationMs = 0;
  events.forEach((event, i) => {
    startsMs[i] = event.startMs;
    endsMs[i] = event.endMs;
    maxDurationMs = Math.max(maxDurationMs, event.endMs - event.startMs);
    positionById.set(event.id, i);
  });
  const sortedEndsMs = Float64Array.from(endsMs).sort();
  return { events, startsMs, endsMs, sortedEndsMs, maxDurationMs, positionById };
}

/** First position whose value is >= target. */
export function lowerBound(
  sorted: Float64Array,
  target: number,
  from = 0,
  to = sorted.length,
): number {
  return bisectLeft(sorted, target, from, to);
}

/** Positions [lo, hi) that may intersect [startMs, endMs); callers still check each end. */
export function candidateRange(
  index: EventIndex,
  startMs: number,
  endMs: number,
): [number, number] {
  const lo = lowerBound(index.startsMs, startMs - index.maxDurationMs);
  const hi = lowerBound(index.startsMs, endMs, lo);
  return [lo, hi];
}

/**
 * Exactly how many events intersect [startMs, endMs): those starting before its end, less those
 * that ended by its start (every one of which also started before its end).
 */
export function countVisible(index: EventIndex, startMs: number, endMs: number): number {
  return lowerBound(index.startsMs, endMs) - bisectRight(index.sortedEndsMs, startMs);
}
