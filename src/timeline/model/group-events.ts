import { compareEvents } from '../../domain/compare-events';
import type { TimelineEvent } from '../../domain/types';

export interface EventGroup {
  readonly key: string;
  readonly events: readonly TimelineEvent[];
}

export const OTHER_GROUP = '\u0000other';

/**
 * Splits time-ordered events into groups by a key (order kept within each group). Only the
 * largest `maxGroups - 1` keys keep a group of their own when there are more; the rest share one.
 */
export function groupEvents(
  events: readonly TimelineEvent[],
  keyOf: (event: TimelineEvent) => string,
  maxGroups: number,
  order?: readonly string[],
): EventGroup[] {
  const buckets = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const key = keyOf(event);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = [];
      buckets.set(key, bucket);
    }
    bucket.push(event);
  }
  const ranked = [...buckets.entries()].sort((a, b) => {
    const ia = order?.indexOf(a[0]) ?? -1;
    const ib = order?.indexOf(b[0]) ?? -1;
    if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
    return b[1].length - a[1].length || a[0].localeCompare(b[0]);
  });
  if (ranked.length <= maxGroups) return ranked.map(([key, list]) => ({ key, events: list }));
  const kept = ranked.slice(0, Math.max(1, maxGroups - 1));
  const rest = ranked
    .slice(kept.length)
    .flatMap(([, list]) => list)
    .sort(compareEvents);
  return [
    ...kept.map(([key, list]) => ({ key, events: list })),
    { key: OTHER_GROUP, events: rest },
  ];
}
