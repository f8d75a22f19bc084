import type { Era } from './types';

// An event is "during" an era when their spans share any time: a meeting on the last day of a
// government belongs to it, and so does a year-precision event that overlaps it at all.

/** The era's span; an open era (no end) runs on with no end. */
export function eraEndMs(era: Era): number {
  return era.endMs ?? Number.POSITIVE_INFINITY;
}

export function overlapsEra(era: Era, startMs: number, endMs: number): boolean {
  return era.startMs < endMs && eraEndMs(era) > startMs;
}

/** The eras a span (UTC ms, end exclusive) falls in, in the given order. */
export function erasDuring(eras: readonly Era[], startMs: number, endMs: number): Era[] {
  return eras.filter((era) => overlapsEra(era, startMs, endMs));
}
