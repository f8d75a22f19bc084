// Fuzzing the CSV importer with any text and with spreadsheets of random columns, cells, quoting,
// delimiters and line breaks: it never throws, every problem names its row, and what it hands the
// loader loads with no record left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, fuzzOptions, hostileString } from '../../testing/fuzz';
import { parseDatasetJson } from '../parse-dataset';
import { CSV_COLUMNS } from './csv-columns';
import { type CsvImportOptions, importCsv } from './import-csv';
import type { ImportResult } from './import-result';
import { validateEvent } from './validate-record';

const cell = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '2024-01-21',
      '2023-07',
      '1950~',
      '-0044',
      '21/01/2024',
      'CONSULT',
      'consult',
      'HUG',
      'PAK',
      'CHN',
      'A [PAK]',
      'A, Minister [CHN]; B [joint]',
      'A [Pakistan',
      'quote | Said it | https://example.org',
      'B | paraphrase | Text | src-1',
      'follows:x',
      'x',
      'true',
      'maybe',
      '33.69',
      '33,69',
      'src-1',
      'https://example.org/a',
      'javascript:alert(1)',
      'news',
      'verified',
      "'=1+1",
      'a;b;c',
      'a\\;b',
    ),
  },
);

/** A cell as a spreadsheet might write it: bare, quoted, or with its quotes broken. */
const written = fc
  .tuple(cell, fc.constantFrom('bare', 'quoted', 'broken'))
  .map(([text, style]) =>
    style === 'bare' ? text : style === 'quoted' ? `"${text.replaceAll('"', '""')}"` : `"${text}`,
  );

const spreadsheet = fc
  .record({
    columns: fc.uniqueArray(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...CSV_COLUMNS) },
        { weight: 1, arbitrary: fc.constantFrom('Start Date', 'Headline', 'URL', 'unknown', '') },
        { weight: 1, arbitrary: hostileString },
      ),
      { minLength: 0, maxLength: 12 },
    ),
    rows: fc.array(fc.array(written, { maxLength: 14 }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    withDateAndTitle: fc.boolean(),
    // Good rows that share ids, among the random ones.
    repeated: fc.array(fc.tuple(fc.constantFrom('a', 'b'), fc.nat(8)), { maxLength: 3 }),
  })
  .map(({ columns, rows, delimiter, newline, bom, withDateAndTitle, repeated }) => {
    const header = withDateAndTitle ? ['date', 'title', ...columns] : columns;
    const good = repeated.map(([id, n]) => {
      const cells = header.map((name) => (name === 'date' ? '2024-01-21' : ''));
      return cells.map((cell, i) =>
        header[i] === 'title' ? `Row ${n}` : header[i] === 'id' ? id : cell,
      );
    });
    const lines = [header, ...rows, ...good].map((fields) => fields.join(delimiter));
    return (bom ? '\uFEFF' : '') + lines.join(newline);
  });

/** What every import must satisfy. */
function expectWellFormed(result: ImportResult): void {
  for (const problem of result.problems) {
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.row).toBeGreaterThanOrEqual(1);
    expect(problem.path).toBe(`row ${problem.row}`);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  for (const event of result.json.events) expect(validateEvent(event).ok).toBe(true);
  // Nothing reaches the loader that it would leave out: every event handed over is shown.
  const loaded = parseDatasetJson(result.json);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(loaded.dataset.events.length).toBe(result.json.events.length);
  // A row is one event at most (a row of source columns only describes a source instead; the
  // importer's own tests count rows exactly).
  expect(result.json.events.length).toBeLessThanOrEqual(result.rowsRead);
}

describe('importCsv (fuzz)', () => {
  it(
    'never throws on any text',
    () => {
      fc.assert(
        fc.property(hostileString, (text) => expectWellFormed(importCsv(text))),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws on spreadsheets of random columns, cells, quoting and line breaks',
    () => {
      const options = fc.option(
        fc.record({
          parties: fc.tuple(fc.constantFrom('PAK', 'CHN', 'IND'), fc.constantFrom('PAK', 'CHN')),
          title: hostileString,
        }),
        { nil: undefined },
      );
      fc.assert(
        fc.property(spreadsheet, options, (text, opts: CsvImportOptions | undefined) =>
          expectWellFormed(importCsv(text, opts)),
        ),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
