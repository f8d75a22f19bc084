import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../parse-dataset';
import { importTimelineJs } from './import-timelinejs';
import { validateEvent } from './validate-record';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/importers/${name}`, import.meta.url), 'utf8');
const plainJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const slide = (start_date: unknown, extra: Record<string, unknown> = {}) => ({
  events: [{ start_date, text: { headline: 'Example' }, ...extra }],
});

describe('importTimelineJs', () => {
  it('converts the fixture exactly as the golden file says', () => {
    const result = importTimelineJs(JSON.parse(fixture('timelinejs.json')));
    expect(plainJson(result)).toStrictEqual(JSON.parse(fixture('timelinejs.expected.json')));
  });

  it('marks every imported event unverified and keeps no markup anywhere', () => {
    const result = importTimelineJs(JSON.parse(fixture('timelinejs.json')));
    expect(result.json.events.length).toBeGreaterThan(5);
    for (const event of result.json.events) {
      expect(event.verification?.status).toBe('unverified');
      expect(JSON.stringify([event.title, event.summary])).not.toMatch(/<\/?[a-z]/i);
    }
    expect(result.json.title).toBe('Example timeline & test');
  });

  it.each([
    [{ year: 2019 }, '2019'],
    [{ year: 2019, month: 4 }, '2019-04'],
    [{ year: 2019, month: 4, day: 7 }, '2019-04-07'],
    [{ year: '2019', month: '4', day: '7' }, '2019-04-07'],
    [{ year: 2019, month: 4, day: 7, hour: 10, minute: 30 }, '2019-04-07'],
    // TimelineJS's -500 is 500 BCE, which is -0499 in EDTF (0000 is 1 BCE).
    [{ year: -500 }, '-0499'],
    [{ year: -1 }, '0000'],
    [{ year: 45, month: 3 }, '0045-03'],
    [{ year: 1965, display_date: 'c. 1965' }, '1965~'],
    [{ year: 1965, month: 3, display_date: 'March 1965?' }, '1965-03?'],
    [{ year: 1965, display_date: 'circa 1965?' }, '1965%'],
  ])('keeps the precision of %j as %s', (date, expected) => {
    const result = importTimelineJs(slide(date));
    expect(result.problems).toEqual([]);
    expect(result.json.events[0]?.date).toBe(expected);
  });

  it('turns unique_id into a valid id, and makes one from the headline when there is none', () => {
    const result = importTimelineJs({
      events: [
        { unique_id: 'CPEC JCC #8', start_date: { year: 2018 }, text: { headline: 'A' } },
        { start_date: { year: 2018, month: 12 }, text: { headline: 'Ürümqi <b>talks</b>' } },
      ],
    });
    expect(result.json.events.map((e) => e.id)).toEqual(['cpec-jcc-8', 'urumqi-talks-2018-12']);
  });

  it.each([
    [
      'a slide with no start_date',
      { events: [{ text: { headline: 'A' } }] },
      'events[0].start_date',
    ],
    ['a year in words', slide({ year: 'nineteen' }), 'events[0].start_date.year'],
    ['month 13', slide({ year: 2000, month: 13 }), 'events[0].start_date.month'],
    ['a slide that is not an object', { events: ['text'] }, 'events[0]'],
    ['a file with no events list', { title: {} }, 'events'],
  ])('reports %s at its path', (_name, json, path) => {
    const result = importTimelineJs(json);
    expect(result.json.events).toEqual([]);
    expect(result.problems.map((p) => p.path)).toContain(path);
  });

  // Found by fuzzing: a bad end_date was an error (so "1 record was left out") while the slide
  // was kept, and an end_date that was not an object was called a missing start_date.
  it.each([
    ['month 13 in the end date', { year: 2001, month: 13 }, 'events[0].end_date.month', 'month'],
    ['an end date in words', 'next year', 'events[0].end_date', 'is not a date'],
    ['an end date with no year', {}, 'events[0].end_date.year', 'not a year'],
  ])('keeps a slide with %s, without its end, and warns', (_name, end_date, path, reason) => {
    const result = importTimelineJs(slide({ year: 2000 }, { end_date }));
    expect(result.json.events.map((e) => [e.date, e.end])).toEqual([['2000', undefined]]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', path });
    expect(result.problems[0]?.message).toContain(reason);
    expect(result.problems[0]?.message).toContain('the end date was left out');
  });

  it('reads an end_date of null as no end date', () => {
    const result = importTimelineJs(slide({ year: 2000 }, { end_date: null }));
    expect(result.json.events.map((e) => e.end)).toEqual([undefined]);
    expect(result.problems).toEqual([]);
  });

  it('reads back the summary and outcomes sections of its own export', () => {
    const html =
      '<div data-bilateral="summary"><p>One.</p><p>Two.</p></div><ul data-bilateral="outcomes"><li>First</li><li>Second</li></ul><div data-bilateral="sources"><p>Sources: x</p></div>';
    const result = importTimelineJs({
      events: [{ start_date: { year: 2000 }, text: { headline: 'A', text: html } }],
    });
    expect(result.json.events[0]).toMatchObject({
      summary: 'One.\n\nTwo.',
      outcomes: ['First', 'Second'],
    });
  });

  it('never throws on any JSON value, and every event it returns is valid', () => {
    const date = fc.record(
      {
        year: fc.oneof(fc.integer({ min: -20000, max: 20000 }), fc.string()),
        month: fc.oneof(fc.integer({ min: -1, max: 14 }), fc.constant('')),
        day: fc.integer({ min: -1, max: 32 }),
        display_date: fc.string(),
      },
      { requiredKeys: ['year'] },
    );
    const slides = fc.array(
      fc.record(
        {
          unique_id: fc.string(),
          start_date: fc.oneof(date, fc.anything()),
          end_date: date,
          text: fc.record(
            { headline: fc.oneof(fc.string(), fc.anything()), text: fc.string() },
            { requiredKeys: [] },
          ),
          group: fc.string(),
          media: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ events: slides })), (json) => {
        const result = importTimelineJs(json);
        for (const event of result.json.events) expect(validateEvent(event).ok).toBe(true);
        for (const problem of result.problems) expect(problem.path).toMatch(/^events/);
        expect(parseDatasetJson(result.json).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
