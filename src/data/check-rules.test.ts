import { describe, expect, it } from 'vitest';
import { checkRules } from './check-rules';
import { parseDatasetJson } from './parse-dataset';

type Json = Record<string, unknown>;

const event = (id: string, extra: Json = {}): Json => ({
  id,
  date: '2024-01-21',
  title: `Example ${id}`,
  type: 'CONSULT',
  sources: ['src-a'],
  verification: { status: 'verified' },
  ...extra,
});

const doc = (events: Json[], extra: Json = {}): Json => ({
  format: 'bilateral-events',
  version: 1,
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  sources: [{ id: 'src-a', title: 'Example source A' }],
  events,
  ...extra,
});

function check(json: Json) {
  const parsed = parseDatasetJson(json, { strict: true });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return checkRules(json, parsed).map((p) => `${p.severity} ${p.path}: ${p.message}`);
}

describe('checkRules', () => {
  it('finds nothing wrong in a consistent file', () => {
    expect(
      check(
        doc([
          event('a', { series: { id: 's', number: 1 }, related: [{ type: 'precedes', id: 'b' }] }),
          event('b', {
            date: '2024-02',
            series: { id: 's', number: 2 },
            related: [{ type: 'follows', id: 'a' }],
          }),
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a cited source that is not in the list (an error, not the loader’s warning)',
      doc([event('a', { sources: ['src-a', 'nowhere'] })]),
      'error events[0].sources[1]: cites "nowhere", which is not in the sources list',
    ],
    [
      'a statement citing an unknown source',
      doc([event('a', { statements: [{ kind: 'quote', text: 'x', source: 'nowhere' }] })]),
      'error events[0].statements[0].source: cites "nowhere", which is not in the sources list',
    ],
    [
      'a related id that does not exist',
      doc([event('a', { related: [{ type: 'response-to', id: 'ghost' }] })]),
      'error events[0].related[0].id: refers to "ghost", which is not an event in the file (or was left out because of errors)',
    ],
    [
      'a precedes without the matching follows',
      doc([event('a', { related: [{ type: 'precedes', id: 'b' }] }), event('b')]),
      'error events[0].related[0]: says it precedes "b", but "b" (events[1]) does not say it follows "a"',
    ],
    [
      'a follows without the matching precedes',
      doc([event('a'), event('b', { related: [{ type: 'follows', id: 'a' }] })]),
      'error events[1].related[0]: says it follows "a", but "a" (events[0]) does not say it precedes "b"',
    ],
    [
      'a part-of without the matching has-part',
      doc([event('visit'), event('talks', { related: [{ type: 'part-of', id: 'visit' }] })]),
      'error events[1].related[0]: says it is part of "visit", but "visit" (events[0]) does not say it has as a part "talks"',
    ],
    [
      'an event related to itself',
      doc([event('a', { related: [{ type: 'same-series', id: 'a' }] })]),
      'error events[0].related[0].id: refers to the event itself',
    ],
    [
      'a series number dated before the one below it',
      doc([
        event('n1', { date: '2024-06-01', series: { id: 's', number: 1 } }),
        event('n2', { date: '2024-03', series: { id: 's', number: 2 } }),
      ]),
      'error events[1].series.number: is 2 in series "s" but dated 2024-03, before number 1 "n1" (2024-06-01)',
    ],
    [
      'a series number used twice',
      doc([
        event('n1', { series: { id: 's', number: 4 } }),
        event('n2', { series: { id: 's', number: 4 } }),
      ]),
      'error events[1].series.number: repeats number 4 of series "s" (also "n1")',
    ],
    [
      'an end before the date',
      doc([event('a', { date: '2024-05-02', end: '2024-05-01' })]),
      'error events[0].end: "2024-05-01" is before the date "2024-05-02"',
    ],
    [
      'a party code that is neither a country code nor "joint"',
      doc([event('a', { participants: [{ name: 'X', party: 'Pakistan' }] })]),
      'error events[0].participants[0].party: must be a three-letter country code (such as PAK) or "joint"',
    ],
    [
      'the same party twice',
      doc([event('a')], {
        parties: [
          { code: 'PAK', name: 'Pakistan' },
          { code: 'PAK', name: 'Pakistan again' },
        ],
      }),
      'error parties[1].code: repeats "PAK"; the two parties must differ',
    ],
    [
      'a repeated event id',
      doc([event('a'), event('a')]),
      'error events[1].id: repeats the id "a" of an earlier event',
    ],
    [
      'a repeated id whose first use was left out for another error',
      doc([event('a', { date: 'soon' }), event('a')]),
      'error events[1].id: repeats the id "a" of events[0]',
    ],
    [
      'a source in the list that nothing cites (a warning)',
      doc([event('a')], { sources: [{ id: 'src-a' }, { id: 'src-idle' }] }),
      'warning sources[1]: "src-idle" is never cited by any event or statement',
    ],
    [
      'a missing type, source or verification (the strict parse)',
      doc([{ id: 'a', date: '2024', title: 'Bare' }]),
      'error events[0].type: is required by the curation check',
    ],
  ])('reports %s', (_name, json, expected) => {
    expect(check(json)).toContain(expected);
  });

  it('does not call reduced-precision dates out of order when they may overlap', () => {
    const json = doc([
      event('n1', { date: '2024-03-20', series: { id: 's', number: 1 } }),
      event('n2', { date: '2024-03', series: { id: 's', number: 2 } }),
      event('n3', { date: '2024', series: { id: 's', number: 3 } }),
    ]);
    expect(check(json)).toEqual([]);
  });

  it('does not report a loader warning twice once the rule has raised it to an error', () => {
    const lines = check(doc([event('a', { sources: ['nowhere'] })]));
    expect(lines.filter((line) => line.includes('events[0].sources[0]'))).toHaveLength(1);
  });

  it('lists problems in file order: parties, sources, then events by position', () => {
    const json = doc(
      [event('b', { related: [{ type: 'follows', id: 'x' }] }), event('a', { date: 'bad' })],
      {
        parties: [
          { code: 'PAK', name: 'A' },
          { code: 'PAK', name: 'B' },
        ],
        sources: [{ id: 'src-a' }, { id: 'idle' }],
      },
    );
    expect(check(json).map((line) => line.split(':')[0])).toEqual([
      'error parties[1].code',
      'warning sources[1]',
      'error events[0].related[0].id',
      'error events[1].date',
    ]);
  });
});

describe('checkRules on eras', () => {
  const era = (id: string, extra: Json = {}): Json => ({
    id,
    title: `Era ${id}`,
    start: '2013-06-05',
    end: '2017-07-28',
    party: 'PAK',
    kind: 'government',
    sources: ['src-a'],
    ...extra,
  });
  const withEras = (eras: unknown) => doc([event('a')], { eras });

  it('accepts well-formed eras, open or closed, with or without a party', () => {
    const eras = [
      era('one'),
      era('open', { end: undefined, party: 'CHN' }),
      era('phase', { start: '2015', end: '2020', party: undefined }),
    ];
    expect(check(withEras(eras))).toEqual([]);
  });

  it('counts a source cited only by an era as cited', () => {
    const json = doc([event('a')], {
      sources: [{ id: 'src-a' }, { id: 'src-era' }],
      eras: [era('one', { sources: ['src-era'] })],
    });
    expect(check(json)).toEqual([]);
  });

  // The loader reads eras (DATA.md); the curation check keeps its findings and adds its own.
  it.each([
    [
      'a repeated era id',
      { eras: [era('one'), era('one')] },
      'error eras[1].id: repeats the era id "one"',
    ],
    [
      'an empty title',
      { eras: [era('one', { title: '' })] },
      'error eras[0].title: must not be empty',
    ],
    [
      'a start that is not a date',
      { eras: [era('one', { start: '2013-13-01' })] },
      'error eras[0].start: month 13 is not between 01 and 12',
    ],
    [
      'an end before the start',
      { eras: [era('one', { start: '2017', end: '2016-12-31' })] },
      'error eras[0].end: must not be before the start',
    ],
    [
      'a party that is a country but not one of the two',
      { eras: [era('one', { party: 'IND' })] },
      'error eras[0].party: is "IND", which is not one of the two parties (PAK or CHN)',
    ],
    [
      'an unknown source (an error, not the loader’s warning)',
      { eras: [era('one', { sources: ['src-a', 'nowhere'] })] },
      'error eras[0].sources[1]: cites "nowhere", which is not in the sources list',
    ],
  ])('reports %s', (_name, extra, expected) => {
    expect(check(doc([event('a')], extra))).toContain(expected);
  });

  it('places an unknown era source at the era’s position in the file, once', () => {
    const json = doc([event('a')], {
      eras: [era('bad', { start: 'soon' }), era('one', { sources: ['nowhere'] })],
    });
    expect(check(json).filter((line) => line.includes('nowhere'))).toEqual([
      'error eras[1].sources[0]: cites "nowhere", which is not in the sources list',
    ]);
  });

  it('does not call an end in the same year as a year-precision start out of order', () => {
    expect(check(withEras([era('one', { start: '2020', end: '2020-01-01' })]))).toEqual([]);
  });

  it('lists era problems after the events', () => {
    const json = doc([event('a', { date: 'bad' })], { eras: [era('one', { party: 'IND' })] });
    expect(check(json).map((line) => line.split(':')[0])).toEqual([
      'error events[0].date',
      'error eras[0].party',
    ]);
  });
});
