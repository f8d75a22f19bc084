// Fuzzing the dataset loader: whatever a file holds, loading never throws, never loses a record
// silently, and every problem it reports has a field path a person can look up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, fuzzOptions, hostileJson, hostileString } from '../testing/fuzz';
import { type ParseResult, parseDatasetJson } from './parse-dataset';
import { parseDatasetText } from './parse-dataset-text';

type Json = Record<string, unknown>;

const goodEvent = (n: number): Json => ({
  id: `event-${n}`,
  date: '2024-01-21',
  end: '2024-01-22',
  title: `Event ${n}`,
  summary: 'Plain text.',
  type: 'CONSULT',
  tags: ['cpec'],
  location: { name: 'Islamabad', country: 'PAK', lat: 33.69, lon: 73.05, virtual: false },
  participants: [{ name: 'A person', role: 'Minister', party: 'PAK' }],
  statements: [{ speaker: 'B', party: 'joint', kind: 'paraphrase', text: 'Said.', source: 's1' }],
  outcomes: ['Agreed'],
  series: { id: 'series-a', name: 'Series A', number: n },
  related: [{ type: 'follows', id: 'event-0' }],
  sources: ['s1'],
  verification: { status: 'verified', note: 'A note' },
  i18n: { ur: { title: 'عنوان' } },
});

const document = (events: unknown[], extra: Json = {}): Json => ({
  format: 'bilateral-events',
  version: 1,
  title: 'Fuzz',
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  sources: [{ id: 's1', publisher: 'P', url: 'https://example.org/a', kind: 'news' }],
  events,
  ...extra,
});

/** Replaces, adds or removes the value at a random path inside `value`. */
function mutate(value: unknown, path: readonly number[], replacement: unknown, remove: boolean) {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const [step = 0, ...rest] = path;
  const key = keys[step % keys.length]!;
  const copy: Json | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  const record = copy as Json;
  if (remove && rest.length === 0) {
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else delete record[key];
  } else {
    record[key] = mutate(record[key], rest, replacement, remove);
  }
  return copy;
}

const mutation = fc.record({
  path: fc.array(fc.nat(40), { minLength: 0, maxLength: 4 }),
  replacement: hostileJson,
  remove: fc.boolean(),
});

/** A list of events, some good, some broken in one place. */
const eventList = fc
  .array(fc.option(mutation, { nil: undefined, freq: 3 }), { minLength: 0, maxLength: 8 })
  .map((mutations) =>
    mutations.map((m, n) =>
      m === undefined ? goodEvent(n) : mutate(goodEvent(n), m.path, m.replacement, m.remove),
    ),
  );

const EVENT_PATH = /^events\[(\d+)\]/;
const PROBLEM_PATH =
  /^(title|description|language|sources|(events|sources)\[\d+\](\.[A-Za-z_$][\w$-]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*)$/;

/** What every result must satisfy, whatever the input. */
function expectWellFormed(result: ParseResult, events: unknown): void {
  if (!result.ok) {
    expect(result.error.message.length).toBeGreaterThan(0);
    if (result.error.kind === 'syntax') {
      expect(result.error.line).toBeGreaterThanOrEqual(1);
      expect(result.error.column).toBeGreaterThanOrEqual(1);
      expect(result.error.message).toContain(
        `line ${result.error.line}, column ${result.error.column}`,
      );
    }
    return;
  }
  const left = new Set<number>();
  for (const problem of result.problems) {
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.path).toMatch(PROBLEM_PATH);
    expect(problem.message.length).toBeGreaterThan(0);
    const match = EVENT_PATH.exec(problem.path);
    if (match) {
      expect(problem.index).toBe(Number(match[1]));
      if (problem.severity === 'error') left.add(Number(match[1]));
    }
  }
  // No record is lost silently: each one is shown, or left out with an error at its index.
  const shown = result.dataset.events.map((event) => event.index);
  expect(new Set(shown).size).toBe(shown.length);
  for (const index of shown) expect(left.has(index)).toBe(false);
  const count = Array.isArray(events) ? events.length : 0;
  expect(shown.length + left.size).toBe(count);
  expect(new Set(result.dataset.events.map((event) => event.id)).size).toBe(shown.length);
  for (const event of result.dataset.events) {
    expect(Number.isFinite(event.startMs) && event.endMs > event.startMs).toBe(true);
  }
}

describe('parseDatasetJson (fuzz)', () => {
  it(
    'never throws, and shows or reports every event when events are broken in one place',
    () => {
      fc.assert(
        fc.property(eventList, (events) => {
          expectWellFormed(parseDatasetJson(document(events)), events);
        }),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws on any value in any top-level field or in place of the file',
    () => {
      const field = fc.constantFrom(
        'format',
        'version',
        'parties',
        'sources',
        'events',
        'title',
        'language',
        '__proto__',
      );
      fc.assert(
        fc.property(
          fc.oneof(
            hostileJson.map((json) => ({ json, events: undefined as unknown })),
            fc.tuple(field, hostileJson, eventList).map(([key, value, events]) => {
              const json = { ...document(events), [key]: value };
              return { json, events: json.events };
            }),
          ),
          ({ json, events }) => {
            expectWellFormed(parseDatasetJson(json), events);
          },
        ),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never throws on any list of sources, and never reports them without a path',
    () => {
      fc.assert(
        fc.property(fc.array(hostileJson, { maxLength: 5 }), eventList, (sources, events) => {
          expectWellFormed(parseDatasetJson(document(events, { sources })), events);
        }),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('parseDatasetText (fuzz)', () => {
  it(
    'never throws on any text, and gives a line and column for what is not JSON',
    () => {
      fc.assert(
        fc.property(hostileString, (text) => {
          expectWellFormed(parseDatasetText(text), undefined);
        }),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reports a file cut short, or with one character changed, without throwing',
    () => {
      fc.assert(
        fc.property(
          eventList,
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.option(fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
          (events, at, inserted) => {
            const full = JSON.stringify(document(events), null, 2);
            const cut = Math.floor(at * full.length);
            const text =
              inserted === null
                ? full.slice(0, cut)
                : full.slice(0, cut) + inserted + full.slice(cut + 1);
            const result = parseDatasetText(text);
            if (!result.ok && result.error.kind === 'syntax') {
              // The position named is inside the text (or just after its end).
              const lines = text.split('\n');
              expect(result.error.line).toBeLessThanOrEqual(lines.length);
              const line = lines[result.error.line - 1] ?? '';
              expect(result.error.column).toBeLessThanOrEqual(line.length + 1);
            }
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              expect(result.ok).toBe(false);
              return;
            }
            const parsedEvents =
              typeof parsed === 'object' && parsed !== null && 'events' in parsed
                ? parsed.events
                : undefined;
            expectWellFormed(result, parsedEvents);
          },
        ),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
