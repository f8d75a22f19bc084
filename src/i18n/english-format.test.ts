import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Precision } from '../domain/edtf';
import {
  englishCanCount,
  englishCanWrite,
  englishDate,
  englishList,
  englishNumber,
  englishRange,
} from './english-format';
import { normaliseRange } from './format-date';

// What Intl itself writes for British English: the forms here must be exactly these.
const INTL_OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<Precision, Intl.DateTimeFormatOptions>;

const intl = (precision: Precision) =>
  new Intl.DateTimeFormat('en-GB', { ...INTL_OPTIONS[precision], timeZone: 'UTC' });

const precision = fc.constantFrom<Precision>('year', 'month', 'day');

const FIRST_MS = Date.UTC(1, 0, 1);
const LAST_MS = Date.UTC(9999, 11, 31);
/** Instants of the years 1–9999. */
const instant = fc.integer({ min: FIRST_MS, max: LAST_MS });
/** A second instant: anywhere, or within about a year of the first (the two then share fields). */
const span = fc.tuple(
  instant,
  fc.oneof(
    instant.map((other) => () => other),
    fc.integer({ min: 0, max: 400 * 86_400_000 }).map((gap) => (start: number) => start + gap),
  ),
);

describe('English dates and counts without Intl', () => {
  it('writes a date as Intl writes it for British English', () => {
    fc.assert(
      fc.property(instant, precision, (ms, p) => {
        expect(englishCanWrite(ms)).toBe(true);
        expect(englishDate(ms, p)).toBe(intl(p).format(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a span as Intl does, in the house style, near and far apart', () => {
    fc.assert(
      fc.property(span, precision, ([start, second], p) => {
        const end = Math.min(second(start), LAST_MS);
        const [a, b] = start <= end ? [start, end] : [end, start];
        expect(englishRange(a, b, p)).toBe(normaliseRange(intl(p).formatRange(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the house style’s own examples', () => {
    expect(englishRange(Date.UTC(2024, 0, 21), Date.UTC(2024, 0, 22), 'day')).toBe(
      '21–22 January 2024',
    );
    expect(englishRange(Date.UTC(2023, 6, 30), Date.UTC(2023, 7, 1), 'day')).toBe(
      '30 July – 1 August 2023',
    );
    expect(englishDate(Date.UTC(2024, 0, 21), 'day')).toBe('21 January 2024');
  });

  it('leaves years it cannot write to Intl', () => {
    const bce = new Date(0);
    bce.setUTCFullYear(-43, 2, 15);
    expect(englishCanWrite(bce.getTime())).toBe(false);
    const far = new Date(0);
    far.setUTCFullYear(10_000, 0, 1);
    expect(englishCanWrite(far.getTime())).toBe(false);
  });

  it('writes a whole number as Intl does, with and without grouping', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger().map(Math.abs), fc.boolean(), (value, grouping) => {
        expect(englishCanCount(value)).toBe(true);
        expect(englishNumber(value, grouping)).toBe(
          new Intl.NumberFormat('en-GB', { useGrouping: grouping }).format(value),
        );
      }),
      { numRuns: 2000 },
    );
    expect(englishCanCount(-1)).toBe(false);
    expect(englishCanCount(2.5)).toBe(false);
  });

  it('joins names as Intl.ListFormat does for English', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 6 }), (items) => {
        expect(englishList(items)).toBe(
          new Intl.ListFormat('en', { type: 'conjunction' }).format(items),
        );
      }),
    );
  });
});
