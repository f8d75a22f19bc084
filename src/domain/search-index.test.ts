import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text';
import { bestMatch, buildSearchIndex, highlightRanges, searchEvents } from './search-index';
import { testEvent } from './test-event';
import type { TimelineEvent } from './types';

function event(id: string, fields: Parameters<typeof testEvent>[2]): TimelineEvent {
  return testEvent(id, '2024-01-21', fields);
}

const events = [
  event('corner', {
    title: 'CPEC Corner inaugurated',
    summary: 'At the Foreign Ministry library.',
  }),
  event('jwg', {
    title: '4th JWG-ICC',
    statements: [
      {
        speaker: 'Sun Weidong',
        role: undefined,
        party: 'CHN',
        kind: 'paraphrase',
        text: 'China values Pakistan as an iron brother.',
        source: undefined,
      },
    ],
    tags: ['disinformation'],
  }),
  event('gwadar', {
    title: 'Gwadar port inaugurated',
    location: { name: 'Gwādar', country: 'PAK', lat: undefined, lon: undefined, virtual: false },
  }),
  event('urdu', {
    title: 'سی پیک کارنر کا افتتاح',
    i18n: { zh: { title: '中巴经济走廊角揭幕', summary: undefined } },
  }),
  event('besham', {
    title: 'Attack near Besham',
    summary: 'Five Chinese engineers were killed; China condemned the attack.',
  }),
];
const index = buildSearchIndex(events);
const ids = (query: string) => {
  const matches = searchEvents(index, query);
  return matches
    ? [...matches.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => events[p]!.id)
    : 'all';
};

describe('search', () => {
  it('matches every term, in any field, ignoring case', () => {
    expect(ids('IRON brother')).toEqual(['jwg']);
    expect(ids('sun weidong')).toEqual(['jwg']);
    expect(ids('disinformation')).toEqual(['jwg']);
    expect(ids('iron gwadar')).toEqual([]);
  });

  it('ignores diacritics in the text and in the query', () => {
    expect(ids('gwadar')).toEqual(['gwadar']);
    expect(ids('Gwādar')).toEqual(['gwadar']);
  });

  it('ranks a title match above a match in the summary', () => {
    expect(ids('inaugurated')).toEqual(['corner', 'gwadar']);
    expect(ids('attack')[0]).toBe('besham');
  });

  it('finds Urdu and Chinese text, with or without Urdu diacritics', () => {
    expect(ids('کارنر')).toEqual(['urdu']);
    expect(ids('افتتاح')).toEqual(['urdu']);
    expect(ids('افتتاَح')).toEqual(['urdu']);
    expect(ids('经济走廊')).toEqual(['urdu']);
  });

  it('an empty query is no filter at all', () => {
    expect(ids('   ')).toBe('all');
  });

  it('normalises Arabic letter variants to the Urdu forms', () => {
    expect(normaliseText('كراچي')).toBe(normaliseText('کراچی'));
  });
});

describe('bestMatch', () => {
  it('is the highest score, and the earliest event among equals', () => {
    expect(
      bestMatch(
        new Map([
          [4, 2],
          [1, 8],
          [3, 8],
        ]),
      ),
    ).toBe(1);
    expect(bestMatch(searchEvents(index, 'inaugurated'))).toBe(0);
    expect(bestMatch(undefined)).toBeUndefined();
  });
});

describe('highlightRanges', () => {
  it('marks every occurrence of every term in the original text', () => {
    const text = 'Iron brother and iron friend';
    expect(highlightRanges(text, 'iron').map(([a, b]) => text.slice(a, b))).toEqual([
      'Iron',
      'iron',
    ]);
  });

  it('maps matches found without diacritics back onto the accented text', () => {
    const text = 'Port of Gwādar';
    expect(highlightRanges(text, 'gwadar').map(([a, b]) => text.slice(a, b))).toEqual(['Gwādar']);
  });
});
