import type { TimelineEvent } from './types';

export interface SeriesNeighbours {
  readonly previous: TimelineEvent | undefined;
  readonly next: TimelineEvent | undefined;
}

/** The meetings before and after this one in its series, by number where given, else by date. */
export function seriesNeighbours(
  events: readonly TimelineEvent[],
  event: TimelineEvent,
): SeriesNeighbours {
  const seriesId = event.series?.id;
  if (seriesId === undefined) return { previous: undefined, next: undefined };
  const members = events
    .filter((other) => other.series?.id === seriesId)
    .sort(
      (a, b) =>
        (a.series?.number ?? Number.POSITIVE_INFINITY) -
          (b.series?.number ?? Number.POSITIVE_INFINITY) || a.startMs - b.startMs,
    );
  const at = members.indexOf(event);
  return { previous: members[at - 1], next: members[at + 1] };
}
