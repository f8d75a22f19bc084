import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../parse-dataset';
import { type CsvImportOptions, importCsv as importCsvAs } from './import-csv';
import { validateEvent } from './validate-record';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/importers/${name}`, import.meta.url), 'utf8');
const template = () =>
  readFileSync(new URL('../../../templates/events-template.csv', import.meta.url), 'utf8');
const plainJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// Most cases here are about rows, not parties: the pair is given, as the command line asks.
const importCsv = (text: string, options: CsvImportOptions = { parties: ['PAK', 'CHN'] }) =>
  importCsvAs(text, options);

const HEADER = 'id,date,title,type,participants,statements,location,lat,sources,source_url';

describe('importCsv', () => {
  it('converts the fixture exactly as the golden file says', () => {
    const result = importCsvAs(fixture('events.csv'));
    expect(plainJson(result)).toStrictEqual(JSON.parse(fixture('events.expected.json')));
  });

  it('converts every good row and reports each bad one by its spreadsheet row', () => {
    const result = importCsvAs(fixture('events.csv'));
    expect(result.json.events.map((e) => e.id)).toContain('example-committee-2');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual([
      'row 6',
      'row 7',
      'row 8',
      'row 9',
      'row 10',
      'row 12',
    ]);
  });

  it('imports the template without a single problem, and the loader accepts all of it', () => {
    const result = importCsvAs(template());
    expect(result.problems).toEqual([]);
    expect(result.json.events).toHaveLength(3);
    const loaded = parseDatasetJson(result.json, { strict: true });
    expect(loaded.ok && loaded.problems).toEqual([]);
  });

  it.each([
    ['a quoted comma', `${HEADER}\na,2024,"Lahore, Punjab",,,,,,,`, 'title', 'Lahore, Punjab'],
    ['a lower-case type', `${HEADER}\na,2024,T,consult,,,,,,`, 'type', 'CONSULT'],
    [
      'an escaped semicolon in a statement',
      `${HEADER}\na,2024,T,,,"paraphrase | X [PAK] | one\\; two",,,,`,
      'statements',
      [{ speaker: 'X', party: 'PAK', kind: 'paraphrase', text: 'one; two' }],
    ],
    [
      'a participant without a role',
      `${HEADER}\na,2024,T,,Example Person [chn],,,,,`,
      'participants',
      [{ name: 'Example Person', party: 'CHN' }],
    ],
    [
      'a source given only by URL',
      `${HEADER}\na,2024,T,,,,,,,https://www.example.org/a/b`,
      'sources',
      ['example-org-a-b'],
    ],
  ])('reads %s', (_name, text, field, expected) => {
    const result = importCsv(text);
    expect(result.problems).toEqual([]);
    expect(result.json.events[0]?.[field]).toEqual(expected);
  });

  it('reads a file saved with semicolons by a spreadsheet in a European locale', () => {
    const result = importCsv('id;date;title;tags\nx;2020;Example;"a; b"\n');
    expect(result.json.events[0]).toMatchObject({ id: 'x', title: 'Example', tags: ['a', 'b'] });
  });

  it('reads a row with only source columns as a source for the registry, not an event', () => {
    const result = importCsv(
      'id,date,title,sources,source_url,source_title\n' +
        'a,2020,Example,src-1; src-2,https://example.org/1,First\n' +
        ',,,src-2,https://example.org/2,Second\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.json.events).toHaveLength(1);
    expect(result.json.sources).toEqual([
      { id: 'src-1', title: 'First', url: 'https://example.org/1' },
      { id: 'src-2', title: 'Second', url: 'https://example.org/2' },
    ]);
  });

  it('undoes the apostrophe the exporter puts before text a spreadsheet would run as a formula', () => {
    const result = importCsv("id,date,title\nx,2020,'=SUM(A1)\n");
    expect(result.json.events[0]?.title).toBe('=SUM(A1)');
  });

  it.each([
    ['no title column', 'id,date\nx,2020\n', 'no title column'],
    [
      'a row with more cells than columns',
      'id,date,title\nx,2020,A,B\n',
      'a comma inside a cell needs quotes',
    ],
    ['a number with a decimal comma', 'id,date,title,lat\nx,2020,A,"33,7"\n', 'not a number'],
    [
      'a statement with two parts',
      'id,date,title,statements\nx,2020,A,quote | text\n',
      '3 or 4 parts',
    ],
    ['a bad related item', 'id,date,title,related\nx,2020,A,cpec-jcc-3\n', 'type:event-id'],
    [
      'an unknown party code form',
      'id,date,title,participants\nx,2020,A,X [Pakistan]\n',
      'participants',
    ],
    ['an unclosed quote', 'id,date,title\nx,2020,"A\n', 'never closed'],
  ])('reports %s', (_name, text, reason) => {
    const result = importCsv(text);
    expect(result.json.events).toEqual([]);
    expect(result.problems.map((p) => p.message).join(' / ')).toContain(reason);
  });

  // Found by fuzzing: the loader reported the repeat as "events[1].id", a path the author of a
  // spreadsheet cannot find.
  it('reports a repeated id by its row and keeps the first row with it', () => {
    const result = importCsv('id,date,title\nx,2020,First\nx,2021,Second\ny,2022,Third\n');
    expect(result.json.events.map((e) => e.title)).toEqual(['First', 'Third']);
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'row 3: column id: repeats the id "x" of row 2; ids must be unique',
    ]);
    const loaded = parseDatasetJson(result.json);
    expect(loaded.ok && loaded.problems).toEqual([]);
  });

  // Found with the bad-input corpus (tests/corpus/csv-quote-swallows-rows.csv): a quote never
  // closed on its own line took the rows below it into one cell, and they vanished without a word.
  it('reports a quoted cell that took in rows of its own, and keeps the multi-line cells that did not', () => {
    const result = importCsv(
      'id,date,title,summary\n' +
        'a,2021-03-04,First,"One paragraph.\n\nAnother, with commas, and more"\n' +
        'b,2022-01-15,"Unclosed, title\n' +
        'c,2022-05-06,Third,Lost\n' +
        'd,2023-07-08,"Fourth",Kept\n',
    );
    expect(result.json.events.map((e) => e.id)).toEqual(['a']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', path: 'row 3', id: 'b' });
    expect(result.problems[0]?.message).toContain(
      'column title: a quoted cell runs over several lines and takes in "c,2022-05-06,Third,Lost"',
    );
  });

  it('never throws on any text, and what it returns always loads', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = importCsv(text);
        expect(parseDatasetJson(result.json).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on rows of random cells, converts each row or reports it by row, and every event is valid', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '2024-01-21',
        '1999~',
        '-0044',
        'CONSULT',
        'A [PAK]',
        'true',
        '12.5',
        'x',
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 10, maxLength: 10 }), { maxLength: 8 }),
        (rows) => {
          const text = [
            HEADER,
            ...rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')),
          ].join('\n');
          const result = importCsv(text);
          for (const event of result.json.events) expect(validateEvent(event).ok).toBe(true);
          for (const problem of result.problems) {
            expect(problem.row).toBeGreaterThanOrEqual(1);
            expect(problem.path).toBe(`row ${problem.row}`);
          }
          // A row with no date and no title but a source URL describes a source, not an event.
          const isSourceRow = (r: string[]) =>
            r[1]?.trim() === '' && r[2]?.trim() === '' && r[9]?.trim() !== '';
          const eventRows = rows
            .map((r, i) => ({ r, row: i + 2 }))
            .filter(({ r }) => r.some((c) => c.trim() !== '') && !isSourceRow(r))
            .map(({ row }) => row);
          const failedRows = new Set(
            result.problems.filter((p) => p.severity === 'error').map((p) => p.row),
          );
          const failedEventRows = eventRows.filter((row) => failedRows.has(row)).length;
          expect(result.json.events.length + failedEventRows).toBe(eventRows.length);
          expect(parseDatasetJson(result.json).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
