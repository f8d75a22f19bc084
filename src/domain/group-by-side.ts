import type { Party } from './types';

export type SideKey = 'first' | 'second' | 'joint' | 'other' | 'unknown';

export interface SideGroup<T> {
  readonly side: SideKey;
  /** The party's code for first/second, else undefined. */
  readonly code: string | undefined;
  readonly items: readonly T[];
}

/** Groups by side in a fixed order — the dataset's first party, its second, joint, others — dropping empty groups. */
export function groupBySide<T>(
  items: readonly T[],
  partyOf: (item: T) => string | undefined,
  parties: readonly [Party, Party],
): SideGroup<T>[] {
  const buckets: Record<SideKey, T[]> = {
    first: [],
    second: [],
    joint: [],
    other: [],
    unknown: [],
  };
  for (const item of items) {
    const party = partyOf(item);
    const side: SideKey =
      party === undefined
        ? 'unknown'
        : party === parties[0].code
          ? 'first'
          : party === parties[1].code
            ? 'second'
            : party === 'joint'
              ? 'joint'
              : 'other';
    buckets[side].push(item);
  }
  const codes: Record<SideKey, string | undefined> = {
    first: parties[0].code,
    second: parties[1].code,
    joint: undefined,
    other: undefined,
    unknown: undefined,
  };
  return (['first', 'second', 'joint', 'other', 'unknown'] as const)
    .filter((side) => buckets[side].length > 0)
    .map((side) => ({ side, code: codes[side], items: buckets[side] }));
}
