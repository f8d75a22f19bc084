// Fuzzing what the app runs on every file it opens: any text, JSON of any shape, CSV and
// TimelineJS look-alikes, files cut short, with a BOM, in any line ending. It never throws; it
// returns a dataset with problems that all have paths, or a message saying why the file was
// rejected (with line and column for JSON that does not parse).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, fuzzOptions, hostileJson, hostileString } from '../testing/fuzz';
import { parseAnyText } from './parse-any-text';
import type { ParseResult } from './parse-dataset';

const DATASET = JSON.stringify(
  {
    format: 'bilateral-events',
    version: 1,
    parties: [
      { code: 'PAK', name: 'Pakistan' },
      { code: 'CHN', name: 'China' },
    ],
    events: [
      { id: 'a', date: '2024-01-21', title: 'A' },
      { id: 'b', date: '2023-07~', title: 'B', type: 'AGREE' },
    ],
  },
  null,
  2,
);
const TIMELINE = JSON.stringify({
  title: { text: { headline: 'T' } },
  events: [
    { start_date: { year: 2020, month: 2 }, text: { headline: '<b>A</b>', text: '<p>x</p>' } },
  ],
});
const CSV = 'id,date,title,participants\na,2024-01-21,"A, quoted",X [PAK]\nb,2023,B,\n';

/** A known good file cut at a random point, or with one random character put in. */
const damaged = fc
  .tuple(
    fc.constantFrom(DATASET, TIMELINE, CSV),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.option(hostileString),
  )
  .map(([text, at, inserted]) => {
    const cut = Math.floor(at * text.length);
    return inserted === null ? text.slice(0, cut) : text.slice(0, cut) + inserted + text.slice(cut);
  });

const anyText = fc.oneof(
  hostileString,
  hostileJson.map((json) => JSON.stringify(json) ?? ''),
  hostileJson.map((json) =>
    JSON.stringify({ format: 'bilateral-events', version: 1, ...Object(json) }),
  ),
  hostileJson.map((json) => JSON.stringify({ events: [json, { start_date: { year: 2000 } }] })),
  fc
    .array(fc.array(hostileString, { maxLength: 5 }), { maxLength: 5 })
    .map((rows) => `date,title,summary\n${rows.map((r) => r.join(',')).join('\n')}`),
  damaged,
  fc
    .tuple(
      fc.constantFrom('', '\uFEFF', '  \n'),
      fc.constantFrom(DATASET, TIMELINE, CSV),
      fc.constantFrom('\n', '\r\n', '\r'),
    )
    .map(([prefix, text, newline]) => prefix + text.replaceAll('\n', newline)),
);

function expectWellFormed(result: ParseResult): void {
  if (!result.ok) {
    expect(result.error.message.length).toBeGreaterThan(0);
    if (result.error.kind === 'syntax') {
      expect(result.error.message).toContain(
        `line ${result.error.line}, column ${result.error.column}`,
      );
    }
    return;
  }
  for (const problem of result.problems) {
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.path).toMatch(
      /^(events|sources|eras|parties$|rows$|lines? \d+|row \d+|title$|description$|language$)/,
    );
    expect(problem.message.length).toBeGreaterThan(0);
  }
  for (const event of result.dataset.events) {
    expect(event.title.length).toBeGreaterThan(0);
    expect(event.endMs).toBeGreaterThan(event.startMs);
  }
}

describe('parseAnyText (fuzz)', () => {
  it(
    'never throws on any text, and always returns a dataset with paths or a message',
    () => {
      fc.assert(
        fc.property(anyText, (text) => expectWellFormed(parseAnyText(text))),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('reads a good file the same with or without a BOM and in any line ending', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(DATASET, TIMELINE, CSV),
        fc.constantFrom('\n', '\r\n', '\r'),
        (text, newline) => {
          const plain = parseAnyText(text);
          const other = parseAnyText(`\uFEFF${text.replaceAll('\n', newline)}`);
          expect(plain.ok && other.ok).toBe(true);
          if (!plain.ok || !other.ok) return;
          expect(other.dataset.events.map((e) => e.title)).toEqual(
            plain.dataset.events.map((e) => e.title),
          );
        },
      ),
      { numRuns: 9 },
    );
  });
});
