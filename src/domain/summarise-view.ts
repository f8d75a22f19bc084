import type { TimeWindow } from './time-window';

/** What a short text description of the timeline says: the whole, the view, its busiest year. */
export interface ViewSummary {
  readonly total: number;
  /** Years of the first and last event (UTC, astronomical); undefined without events. */
  readonly firstYear: number | undefined;
  readonly lastYear: number | undefined;
  /** The window's years, and the events that start within it. */
  readonly viewFromYear: number;
  readonly viewToYear: number;
  readonly inView: number;
  /** Whether the window shows every event (then the view needs no words of its own). */
  readonly showsAll: boolean;
  /** The year with the most events in view (the earliest of equals), when it has more than one. */
  readonly busiestYear: number | undefined;
  readonly busiestCount: number;
}

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/**
 * The facts a description of the view is made from, for events given by their start times in
 * time order (the order the timeline keeps them in). The window's end is exclusive.
 */
export function summariseView(startsMs: ArrayLike<number>, window: TimeWindow): ViewSummary {
  const total = startsMs.length;
  const first = total > 0 ? startsMs[0] : undefined;
  const last = total > 0 ? startsMs[total - 1] : undefined;
  const perYear = new Map<number, number>();
  let inView = 0;
  for (let i = 0; i < total; i++) {
    const startMs = startsMs[i] ?? Number.NaN;
    if (!(startMs >= window.startMs && startMs < window.endMs)) continue;
    inView++;
    const year = yearOf(startMs);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  let busiestYear: number | undefined;
  let busiestCount = 0;
  for (const [year, count] of perYear) {
    if (count > busiestCount || (count === busiestCount && year < (busiestYear ?? year))) {
      busiestYear = year;
      busiestCount = count;
    }
  }
  return {
    total,
    firstYear: first === undefined ? undefined : yearOf(first),
    lastYear: last === undefined ? undefined : yearOf(last),
    viewFromYear: yearOf(window.startMs),
    // The end is exclusive: a window to 1 January 2025 ends in 2024.
    viewToYear: yearOf(Math.max(window.startMs, window.endMs - 1)),
    inView,
    showsAll: inView === total,
    busiestYear: busiestCount > 1 ? busiestYear : undefined,
    busiestCount: busiestCount > 1 ? busiestCount : 0,
  };
}
