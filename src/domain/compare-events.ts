import type { TimelineEvent } from './types';

/** Time order: start, then end, then order in the file. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index;
}
