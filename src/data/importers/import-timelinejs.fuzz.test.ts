// Fuzzing the TimelineJS importer with any JSON and with slides of random, hostile fields: it
// never throws, every slide becomes an event or is reported by its path, HTML never survives as
// markup, and what it hands the loader loads with no record left out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, fuzzOptions, hostileJson, hostileString } from '../../testing/fuzz';
import { parseDatasetJson } from '../parse-dataset';
import type { ImportResult } from './import-result';
import { importTimelineJs } from './import-timelinejs';
import { validateEvent } from './validate-record';

const MARKUP = ['<script>window.__pwned=1</script>', '<img src=x onerror=alert(1)>', '<b>bold</b>'];

const html = fc.oneof(
  hostileString,
  fc.constantFrom(
    ...MARKUP,
    '<p>One</p><p>Two</p>',
    '<div data-bilateral="summary">S</div><ul data-bilateral="outcomes"><li>O</li></ul>',
    '<a href="javascript:alert(1)">x</a>',
    '<!-- c',
    '<',
  ),
);

const dateObject = fc.record(
  {
    year: fc.oneof(
      fc.integer({ min: -12000, max: 12000 }),
      hostileJson,
      fc.constantFrom('2024', ' 1999 ', '-44'),
    ),
    month: fc.oneof(fc.integer({ min: -1, max: 14 }), hostileJson, fc.constantFrom('02', '')),
    day: fc.oneof(fc.integer({ min: -1, max: 32 }), hostileJson),
    display_date: fc.oneof(hostileString, fc.constantFrom('c. 1950', 'about 1960?', '1970?')),
  },
  { requiredKeys: [] },
);

const slide = fc.oneof(
  { weight: 1, arbitrary: hostileJson },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        unique_id: fc.oneof(hostileString, fc.constantFrom('a', 'a', 'B C', '--')),
        start_date: fc.oneof(dateObject, hostileJson),
        end_date: fc.oneof(dateObject, hostileJson),
        display_date: hostileString,
        text: fc.oneof(
          fc.record(
            { headline: fc.oneof(html, hostileJson), text: fc.oneof(html, hostileJson) },
            { requiredKeys: [] },
          ),
          hostileJson,
        ),
        group: fc.oneof(hostileString, fc.constantFrom('CONSULT', 'agree', 'Trade')),
        media: fc.oneof(
          hostileJson,
          fc.record({ url: hostileString, caption: html, credit: html }, { requiredKeys: [] }),
        ),
      },
      { requiredKeys: [] },
    ),
  },
);

const timeline = fc.oneof(
  { weight: 1, arbitrary: hostileJson },
  {
    weight: 5,
    arbitrary: fc.record(
      {
        title: fc.oneof(
          hostileJson,
          fc.record({ text: fc.record({ headline: html, text: html }, { requiredKeys: [] }) }),
        ),
        events: fc.oneof(
          { weight: 6, arbitrary: fc.array(slide, { maxLength: 8 }) },
          { weight: 1, arbitrary: hostileJson },
        ),
      },
      { requiredKeys: ['events'] },
    ),
  },
);

function expectWellFormed(json: unknown, result: ImportResult): void {
  for (const problem of result.problems) {
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.path).toMatch(/^events(\[\d+\](\.[a-z_]+)*)?$/);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  for (const event of result.json.events) {
    expect(validateEvent(event).ok).toBe(true);
    // HTML is reduced to text: no tag written in a slide survives as a tag.
    for (const text of [event.title, event.summary ?? '', ...(event.outcomes ?? [])]) {
      expect(text).not.toMatch(/<(script|img|svg|b|a|p|div|ul|li)\b[^>]*>/i);
    }
  }
  const loaded = parseDatasetJson(result.json);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(loaded.dataset.events.length).toBe(result.json.events.length);
  // Every slide is an event or has an error naming it.
  const slides =
    typeof json === 'object' && json !== null && 'events' in json && Array.isArray(json.events)
      ? json.events
      : [];
  const failed = new Set(
    result.problems
      .filter((p) => p.severity === 'error')
      .map((p) => /^events\[(\d+)\]/.exec(p.path)?.[1])
      .filter((index) => index !== undefined),
  );
  expect(result.json.events.length + failed.size).toBe(slides.length);
}

describe('importTimelineJs (fuzz)', () => {
  it(
    'never throws on any JSON or any slides, and accounts for every slide',
    () => {
      fc.assert(
        fc.property(timeline, (json) => expectWellFormed(json, importTimelineJs(json))),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
