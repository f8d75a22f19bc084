import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnyText } from './parse-any-text';
import { parseDatasetText } from './parse-dataset-text';

const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const v1 = JSON.stringify({
  format: 'bilateral-events',
  version: 1,
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  events: [
    { id: 'a', date: '2024-01-21', title: 'Example' },
    { id: 'b', date: 'soon', title: 'Example with a bad date' },
  ],
});

describe('parseAnyText', () => {
  it('reads a bilateral-events document exactly as the normal parser does', () => {
    expect(parseAnyText(v1)).toEqual(parseDatasetText(v1));
    expect(parseAnyText(`\uFEFF${v1}`)).toEqual(parseDatasetText(v1));
  });

  it('imports a TimelineJS file and shows its bad slides with the other problems', () => {
    const result = parseAnyText(file('tests/fixtures/importers/timelinejs.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.title)).toContain('Example month-only event');
    expect(result.dataset.events.every((e) => e.verification?.status === 'unverified')).toBe(true);
    expect(result.problems.map((p) => p.path)).toContain('events[5].start_date');
  });

  it('imports a CSV spreadsheet and reports bad rows by row number', () => {
    const result = parseAnyText(file('tests/fixtures/importers/events.csv'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events).toHaveLength(5);
    expect(result.dataset.events.map((e) => e.date.text)).toContain('-0044-03-15');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual([
      'row 6',
      'row 7',
      'row 8',
      'row 9',
      'row 10',
      'row 12',
    ]);
  });

  it('adds the loader’s own warnings to the importer’s, such as a related id that does not exist', () => {
    const result = parseAnyText('id,date,title,related\nx,2020,Example,follows:missing\n');
    expect(result.ok && result.problems.map((p) => `${p.severity} ${p.path}`)).toEqual([
      // The file names no parties, so they are shown as "not stated", and the app says so.
      'warning parties',
      'warning events[0].related[0].id',
    ]);
  });

  it('recognises a CSV by its header, whatever the delimiter, quoting or byte order mark', () => {
    for (const text of [
      '\uFEFFid,date,title\nx,2020,Example\n',
      '"Title";"Date"\nExample;2020\n',
      'headline\tstart_date\nExample\t2020\n',
    ]) {
      const result = parseAnyText(text);
      expect(result.ok && result.dataset.events[0]?.title).toBe('Example');
    }
  });

  it.each([
    ['text that is neither', 'hello, world', 'syntax'],
    ['an empty file', '   ', 'empty'],
    ['broken JSON', '{"format": "bilateral-events",\n  "version": 1,,}', 'syntax'],
    ['JSON of another kind', '{"events": [{"when": 1}]}', 'structure'],
  ])('rejects %s the way the normal parser does', (_name, text, kind) => {
    const result = parseAnyText(text);
    expect(result).toEqual(parseDatasetText(text));
    expect(!result.ok && result.error.kind).toBe(kind);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const result = parseAnyText('{\n  "format": "bilateral-events",\n  "version": 1,,\n}');
    expect(!result.ok && result.error).toMatchObject({ kind: 'syntax', line: 3, column: 16 });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.string().map((s) => `id,date,title\n${s}`),
          fc
            .json()
            .map(
              (s) =>
                `{"events":[{"start_date":{"year":1},"text":{"headline":${JSON.stringify(s)}}}]}`,
            ),
        ),
        (text) => {
          const result = parseAnyText(text);
          expect(result.ok || result.error.message.length > 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
