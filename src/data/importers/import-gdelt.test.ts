import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../parse-dataset';
import { importGdelt } from './import-gdelt';
import { validateEvent } from './validate-record';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/importers/${name}`, import.meta.url), 'utf8');
const plainJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A 61-field row with the given fields set (by GDELT 2.0 column number). */
const row = (fields: Record<number, string>) =>
  Array.from({ length: 61 }, (_, i) => fields[i] ?? '').join('\t');
const pakChn = (code: string, extra: Record<number, string> = {}) =>
  row({
    0: '1',
    1: '20240121',
    6: 'PAKISTAN',
    7: 'PAK',
    16: 'CHINA',
    17: 'CHN',
    26: code,
    27: code.slice(0, 3),
    28: code.slice(0, 2),
    60: 'https://example.org/a',
    ...extra,
  });

const PAK_CHN = { parties: ['PAK', 'CHN'] } as const;

describe('importGdelt', () => {
  it('converts the hand-written sample exactly as the golden file says', () => {
    const result = importGdelt(fixture('gdelt-sample.tsv'), PAK_CHN);
    expect(plainJson(result)).toStrictEqual(JSON.parse(fixture('gdelt-sample.expected.json')));
  });

  it('keeps only rows between the two parties, merges same-day rows from one article, and reports bad rows', () => {
    const result = importGdelt(fixture('gdelt-sample.tsv'), PAK_CHN);
    expect(result.rowsRead).toBe(10);
    expect(result.json.events.map((e) => e.id)).toEqual([
      'gdelt-1100000001',
      'gdelt-1100000004',
      'gdelt-1100000008',
      'gdelt-1100000010',
    ]);
    expect(result.json.events[0]?.summary).toContain('1100000002');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual([
      'line 6',
      'line 9',
    ]);
    const loaded = parseDatasetJson(result.json, { strict: false });
    expect(loaded.ok && loaded.problems).toEqual([]);
  });

  it.each([
    ['040', 'CONSULT'],
    ['0311', 'AGREE'],
    ['057', 'SUPPORT'],
    ['0831', 'CONCEDE'],
    ['0841', 'RETREAT'],
    ['111', 'ACCUSE'],
    ['090', 'ACCUSE'],
    ['1832', 'ASSAULT'],
    ['204', 'ASSAULT'],
    ['010', undefined],
  ])('maps CAMEO %s to PLOVER %s', (code, plover) => {
    const result = importGdelt(pakChn(code), PAK_CHN);
    expect(result.problems).toEqual([]);
    expect(result.json.events[0]?.type).toBe(plover);
  });

  it('imports any other pair of countries when told to', () => {
    const text = row({
      0: '7',
      1: '20200101',
      7: 'IND',
      17: 'USA',
      26: '040',
      27: '040',
      28: '04',
    });
    expect(importGdelt(text).json.events).toHaveLength(0);
    const result = importGdelt(text, { parties: ['USA', 'IND'] });
    expect(result.json.events[0]).toMatchObject({
      title: 'India → United States: consult',
      date: '2020-01-01',
    });
    expect(result.json.parties.map((p) => p.code)).toEqual(['USA', 'IND']);
  });

  it('converts the FIPS country of the place into ISO alpha-3 (CH is China, not Switzerland)', () => {
    const result = importGdelt(
      pakChn('040', { 52: 'Beijing, Beijing, China', 53: 'CH', 56: '39.9', 57: '116.4' }),
      PAK_CHN,
    );
    expect(result.json.events[0]?.location).toEqual({
      name: 'Beijing, Beijing, China',
      country: 'CHN',
      lat: 39.9,
      lon: 116.4,
    });
  });

  it('never throws on any text, and every event it returns is valid', () => {
    const field = fc.oneof(
      fc.string(),
      fc.constantFrom('PAK', 'CHN', '20240121', '04', '040', '18', 'https://x.org/'),
    );
    const rows = fc.array(fc.array(field, { minLength: 61, maxLength: 61 }), { maxLength: 5 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          rows.map((r) => r.map((f) => f.join('\t')).join('\n')),
        ),
        (text) => {
          const result = importGdelt(text, PAK_CHN);
          for (const event of result.json.events) expect(validateEvent(event).ok).toBe(true);
          for (const problem of result.problems)
            expect(problem.path).toMatch(problem.row === undefined ? /^rows$/ : /^lines? \d/);
          expect(parseDatasetJson(result.json).ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
