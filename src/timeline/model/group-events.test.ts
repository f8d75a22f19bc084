import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../domain/types';
import { groupEvents, OTHER_GROUP } from './group-events';

const ev = (id: string, key: string, startMs: number) =>
  ({ id, key, startMs, endMs: startMs + 1, index: startMs }) as unknown as TimelineEvent & {
    key: string;
  };

describe('groupEvents', () => {
  const events = [
    ev('a', 'PAK', 1),
    ev('b', 'CHN', 2),
    ev('c', 'PAK', 3),
    ev('d', 'USA', 4),
    ev('e', 'AFG', 5),
  ];
  const keyOf = (e: TimelineEvent) => (e as TimelineEvent & { key: string }).key;

  it('keeps time order within each group, largest groups first', () => {
    expect(
      groupEvents(events, keyOf, 10).map((g) => [g.key, g.events.map((e) => e.id).join('')]),
    ).toEqual([
      ['PAK', 'ac'],
      ['AFG', 'e'],
      ['CHN', 'b'],
      ['USA', 'd'],
    ]);
  });

  it('puts the smallest groups together when there are too many', () => {
    const groups = groupEvents(events, keyOf, 3, ['PAK', 'CHN']);
    expect(groups.map((g) => g.key)).toEqual(['PAK', 'CHN', OTHER_GROUP]);
    expect(groups[2]?.events.map((e) => e.id)).toEqual(['d', 'e']);
  });
});
