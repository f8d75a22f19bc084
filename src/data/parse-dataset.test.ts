import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../domain/search-index';
import { parseDatasetJson } from './parse-dataset';
import { parseDatasetText } from './parse-dataset-text';

const file = (events: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'bilateral-events',
  version: 1,
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  sources: [{ id: 's1', publisher: 'P', url: 'https://example.org/a' }],
  events,
  ...extra,
});

describe('parseDatasetJson', () => {
  it('keeps every good event, sorted by date, and lists each bad one with index, id and path', () => {
    const result = parseDatasetJson(
      file([
        { id: 'late', date: '2024-01-21', title: 'Late' },
        { id: 'no-title', date: '2020' },
        { id: 'early', date: '1950~', title: 'Early' },
        { id: 'BadId', date: '2020', title: 'Bad id' },
        { id: 'wrong-type', date: '2020', title: 'T', type: 'HUG' },
        { id: 'bad-lat', date: '2020', title: 'T', location: { lat: 'north' } },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).toEqual(['early', 'late']);
    expect(result.problems.map((p) => [p.index, p.id, p.path])).toEqual([
      [1, 'no-title', 'events[1].title'],
      [3, 'BadId', 'events[3].id'],
      [4, 'wrong-type', 'events[4].type'],
      [5, 'bad-lat', 'events[5].location.lat'],
    ]);
    expect(result.problems[0]?.message).toBe('is required but missing');
    expect(result.problems[2]?.message).toContain('must be one of AGREE, CONSULT');
  });

  it('leaves out a later event with an id already seen, and an end before its date', () => {
    const result = parseDatasetJson(
      file([
        { id: 'a', date: '2020', title: 'First' },
        { id: 'a', date: '2021', title: 'Second' },
        { id: 'b', date: '2020-05', end: '2020-04', title: 'Backwards' },
        { id: 'c', date: '2020-05', end: '2020-05', title: 'Same month is fine' },
        { id: 'd', date: '2024', end: '2024-06', title: 'A month within its year is fine' },
        { id: 'e', date: '2024-01', end: '2024-01-15', title: 'A day within its month is fine' },
      ]),
    );
    if (!result.ok) throw new Error('rejected');
    expect(result.dataset.events.map((e) => e.title)).toEqual([
      'First',
      'Same month is fine',
      // Both start on 1 January 2024; the shorter span comes first.
      'A day within its month is fine',
      'A month within its year is fine',
    ]);
    expect(result.problems.map((p) => p.path)).toEqual(['events[1].id', 'events[2].end']);
  });

  it('keeps an event whose references are unknown, with warnings', () => {
    const result = parseDatasetJson(
      file([
        {
          id: 'a',
          date: '2020',
          title: 'A',
          sources: ['s1', 'missing'],
          related: [{ type: 'follows', id: 'ghost' }],
          statements: [{ kind: 'quote', text: 'x', source: 'nope' }],
        },
      ]),
    );
    if (!result.ok) throw new Error('rejected');
    expect(result.dataset.events).toHaveLength(1);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(result.problems.map((p) => p.path)).toEqual([
      'events[0].sources[1]',
      'events[0].statements[0].source',
      'events[0].related[0].id',
    ]);
  });

  it('in strict mode requires type, a source and verification', () => {
    const result = parseDatasetJson(file([{ id: 'a', date: '2020', title: 'A' }]), {
      strict: true,
    });
    if (!result.ok) throw new Error('rejected');
    expect(result.problems.map((p) => p.path)).toEqual([
      'events[0].type',
      'events[0].sources',
      'events[0].verification',
    ]);
  });

  it.each([
    [{ format: 'x', version: 1, events: [] }, 'format must be "bilateral-events"'],
    [{ format: 'bilateral-events', version: 2, events: [] }, 'version must be 1'],
    [
      { format: 'bilateral-events', version: 1, parties: [{ code: 'PAK', name: 'P' }], events: [] },
      'exactly two parties',
    ],
    [{ format: 'bilateral-events', version: 1, parties: file([]).parties }, 'events is required'],
    [[1, 2], 'must be a JSON object'],
  ])('rejects a file that is not a v1 dataset: %j', (json, message) => {
    const result = parseDatasetJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message.replace('is required but missing', 'is required')).toContain(
        message,
      );
  });

  // Found with the bad-input corpus (tests/corpus): an optional field of the file in the wrong
  // form rejected the whole file, losing every good event.
  it.each([
    ['title', 5, 'title: must be text; it was ignored'],
    ['description', ['x'], 'description: must be text; it was ignored'],
    ['language', 'english!', 'language: must be a language tag such as en or ur; it was ignored'],
    ['sources', { a: 1 }, 'sources: must be a list; no sources were read'],
  ])('ignores a bad %s with a warning and still shows the events', (key, value, expected) => {
    const result = parseDatasetJson(
      file([{ id: 'a', date: '2020', title: 'A', sources: ['s1'] }], { [key]: value }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a']);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', path: key });
    expect(`${result.problems[0]?.path}: ${result.problems[0]?.message}`).toBe(expected);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  // Found with the corpus: valibot's own words ("Invalid type: Expected Object but received 5").
  it.each([
    [{ location: 'Islamabad' }, 'events[0].location', 'must be an object such as'],
    [{ location: { lat: 123 } }, 'events[0].location.lat', 'must be between -90 and 90'],
    [{ location: { lon: -181 } }, 'events[0].location.lon', 'must be between -180 and 180'],
    [
      { participants: ['Sun'] },
      'events[0].participants[0]',
      'must be an object with at least a name',
    ],
    [{ statements: [5] }, 'events[0].statements[0]', 'must be an object with at least a kind'],
    [{ series: 'cpec' }, 'events[0].series', 'must be an object with at least an id'],
    [{ related: [null] }, 'events[0].related[0]', 'must be an object with a type and an id'],
    [{ verification: 'verified' }, 'events[0].verification', 'must be an object with a status'],
    [{ i18n: { ur: 'x' } }, 'events[0].i18n.ur', 'must be an object with a title or a summary'],
    [{ i18n: 'ur' }, 'events[0].i18n', 'must be an object of translations by language'],
  ])('says in words what is wrong with %j', (fields, path, reason) => {
    const result = parseDatasetJson(file([{ id: 'a', date: '2020', title: 'A', ...fields }]));
    expect(result.ok && result.problems.map((p) => p.path)).toEqual([path]);
    expect(result.ok && result.problems[0]?.message).toContain(reason);
  });

  it('says an event that is not an object must be one', () => {
    const result = parseDatasetJson(file([null, 'x', { id: 'a', date: '2020', title: 'A' }]));
    expect(result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'events[0]: must be an object with at least an id, a date and a title',
      'events[1]: must be an object with at least an id, a date and a title',
    ]);
  });

  it('keeps fields an author added, and text exactly as written', () => {
    const result = parseDatasetJson(
      file([
        { id: 'a', date: '2020', title: '<b>bold</b> & "quoted"', custom: { anything: true } },
      ]),
    );
    if (!result.ok) throw new Error('rejected');
    expect(result.dataset.events[0]?.title).toBe('<b>bold</b> & "quoted"');
  });
});

describe('translations keyed by what valibot leaves unread', () => {
  // Found in review: valibot's record skips "__proto__", "constructor" and "prototype" (unchecked,
  // and left out of its output); kept as written, `{"constructor": null}` broke search.
  it('are left out, as valibot leaves them out, and the event loads with the rest', () => {
    const text = `{"format": "bilateral-events", "version": 1,
      "parties": [{"code": "PAK", "name": "Pakistan"}, {"code": "CHN", "name": "China"}],
      "events": [{"id": "a", "date": "2020", "title": "A", "i18n": {
        "constructor": null, "__proto__": {"title": 1}, "prototype": "x", "ur": {"title": "اے"}}}]}`;
    const result = parseDatasetText(text);
    expect(result.ok && result.problems).toEqual([]);
    if (!result.ok) return;
    const [event] = result.dataset.events;
    expect(Object.keys(event?.i18n ?? {})).toEqual(['ur']);
    expect(Object.getPrototypeOf(event?.i18n)).toBe(Object.prototype);
    expect(buildSearchIndex(result.dataset.events).fields[0]).toContain('اے');
  });
});

describe('parseDatasetText', () => {
  // Found with the corpus (not-json.html) and the URL journeys: a link to a web page, or a server
  // answering a missing file with its home page, said only 'unexpected character "<"'.
  it.each([
    '<!DOCTYPE html>\n<html><body>Not found</body></html>',
    '  <html lang="en"><head></head></html>',
  ])('says a web page is not a dataset, with line and column: %j', (text) => {
    const result = parseDatasetText(text);
    expect(!result.ok && result.error.message).toMatch(
      /it is a web page \(HTML\), not a dataset file; .* \(line 1, column \d+\)\.$/,
    );
  });

  it('does not call other text starting with "<" a web page', () => {
    const result = parseDatasetText('<dataset/>');
    expect(!result.ok && result.error.message).toContain('unexpected character "<"');
  });

  it('gives line and column for a JSON syntax error', () => {
    const result = parseDatasetText(
      '{\n "format": "bilateral-events",\n "version": 1\n "events": []\n}',
    );
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'syntax') {
      expect([result.error.line, result.error.column]).toEqual([4, 2]);
    } else throw new Error('expected a syntax error');
  });

  it('accepts a byte-order mark and reports an empty file as empty', () => {
    expect(parseDatasetText(`\uFEFF${JSON.stringify(file([]))}`).ok).toBe(true);
    const empty = parseDatasetText('  \n');
    expect(!empty.ok && empty.error.kind).toBe('empty');
  });

  it('never throws, whatever the JSON, and every problem has a path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseDatasetJson(json);
        if (result.ok)
          for (const p of result.problems) expect(p.path).toMatch(/^(events|sources)\[\d+\]/);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            { id: fc.string(), date: fc.string(), title: fc.anything() },
            { requiredKeys: [] },
          ),
        ),
        (events) => {
          const result = parseDatasetJson(file(events));
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.dataset.events.length).toBeLessThanOrEqual(events.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
