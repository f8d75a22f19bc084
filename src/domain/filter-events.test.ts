import { describe, expect, it } from 'vitest';
import { facetCounts, filterPositions, NO_SELECTION } from './filter-events';
import { testEvent } from './test-event';
import type { PloverType, TimelineEvent } from './types';

function event(
  id: string,
  type: PloverType | undefined,
  tags: string[],
  country?: string,
  party?: string,
): TimelineEvent {
  return testEvent(id, '2020', {
    type,
    tags,
    location: country
      ? { name: undefined, country, lat: undefined, lon: undefined, virtual: false }
      : undefined,
    participants: party ? [{ name: 'X', role: undefined, party }] : [],
  });
}

const events = [
  event('a', 'CONSULT', ['cpec'], 'PAK', 'PAK'),
  event('b', 'CONSULT', ['cpec', 'gwadar'], 'CHN', 'CHN'),
  event('c', 'ASSAULT', ['security'], 'PAK'),
  event('d', undefined, ['trade']),
];

describe('filters', () => {
  it('OR within a facet, AND across facets', () => {
    const ids = (selection: typeof NO_SELECTION) =>
      filterPositions(events, selection, undefined).map((p) => events[p]!.id);
    expect(ids(NO_SELECTION)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ ...NO_SELECTION, tag: ['gwadar', 'security'] })).toEqual(['b', 'c']);
    expect(ids({ ...NO_SELECTION, tag: ['cpec'], host: ['PAK'] })).toEqual(['a']);
    expect(ids({ ...NO_SELECTION, type: [''] })).toEqual(['d']);
  });

  it('combines with search matches', () => {
    expect(
      filterPositions(
        events,
        { ...NO_SELECTION, type: ['CONSULT'] },
        new Map([
          [1, 1],
          [2, 1],
        ]),
      ),
    ).toEqual([1]);
  });

  it('counts how many events each value would leave, with the other facets applied', () => {
    const counts = facetCounts(
      events,
      'tag',
      { ...NO_SELECTION, host: ['PAK'], tag: ['security'] },
      undefined,
    );
    expect(Object.fromEntries(counts)).toEqual({ cpec: 1, security: 1 });
    const types = facetCounts(events, 'type', NO_SELECTION, undefined);
    expect(Object.fromEntries(types)).toEqual({ CONSULT: 2, ASSAULT: 1, '': 1 });
  });
});
