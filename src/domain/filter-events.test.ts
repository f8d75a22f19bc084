import { describe, expect, it } from 'vitest';
import { parseEdtf } from './edtf';
import { facetCounts, filterPositions, NO_SELECTION } from './filter-events';
import { testEvent } from './test-event';
import type { Era, PloverType, TimelineEvent } from './types';

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

describe('the era facet', () => {
  const era = (id: string, start: string, end: string | undefined): Era => {
    const s = parseEdtf(start);
    const e = end === undefined ? undefined : parseEdtf(end);
    if (!s.ok || (e && !e.ok)) throw new Error('bad test era');
    return {
      id,
      title: id,
      start: s.value,
      end: e?.ok ? e.value : undefined,
      startMs: s.value.startMs,
      endMs: e?.ok ? e.value.endMs : undefined,
      party: undefined,
      kind: undefined,
      sources: [],
    };
  };
  const eras = [era('early', '2015', '2020'), era('open', '2019-06', undefined)];
  const dated = [
    testEvent('before', '2014-12-31'),
    testEvent('first-day', '2015-01-01'),
    testEvent('both', '2019-07'),
    testEvent('year-long', '2020', { end: '2021' }),
    testEvent('late', '2031'),
  ];

  it('keeps events that share any time with a chosen era (an open era runs on)', () => {
    const ids = (era: string[]) =>
      filterPositions(dated, { ...NO_SELECTION, era }, undefined, eras).map((p) => dated[p]!.id);
    expect(ids(['early'])).toEqual(['first-day', 'both', 'year-long']);
    expect(ids(['open'])).toEqual(['both', 'year-long', 'late']);
    expect(ids([])).toHaveLength(5);
  });

  it('counts events per era like the other facets', () => {
    const counts = facetCounts(dated, 'era', NO_SELECTION, undefined, eras);
    expect(Object.fromEntries(counts)).toEqual({ early: 3, open: 3 });
  });
});
