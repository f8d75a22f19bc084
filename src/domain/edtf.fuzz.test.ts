// Fuzzing the date parser: any text, and text that is nearly a date. It never throws; a date it
// accepts is a real period (start before end, at the precision its form says, in UTC); a date it
// refuses comes with a reason that does not repeat more than a short piece of the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, fuzzOptions, hostileString } from '../testing/fuzz';
import { daysInMonth, parseEdtf } from './edtf';

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

const nearlyADate = fc
  .tuple(
    fc.integer({ min: -10_000, max: 10_000 }),
    fc.option(fc.integer({ min: -1, max: 14 })),
    fc.option(fc.integer({ min: -1, max: 33 })),
    fc.constantFrom('', '?', '~', '%', '??', '*', ' ', 'T00:00', 'Z'),
    fc.constantFrom(4, 3, 5),
  )
  .map(([year, month, day, suffix, width]) => {
    let text = `${year < 0 ? '-' : ''}${pad(year, width)}`;
    if (month !== null) text += `-${pad(month, 2)}`;
    if (month !== null && day !== null) text += `-${pad(day, 2)}`;
    return text + suffix;
  });

describe('parseEdtf (fuzz)', () => {
  it(
    'never throws; accepts only real periods and explains every refusal briefly',
    () => {
      fc.assert(
        fc.property(fc.oneof(hostileString, nearlyADate), (text) => {
          const result = parseEdtf(text);
          if (!result.ok) {
            expect(result.reason.length).toBeGreaterThan(0);
            expect(result.reason.length).toBeLessThan(200);
            return;
          }
          const { value } = result;
          expect(value.text).toBe(text);
          expect(Number.isFinite(value.startMs) && Number.isFinite(value.endMs)).toBe(true);
          expect(value.endMs).toBeGreaterThan(value.startMs);
          const start = new Date(value.startMs);
          expect([start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds()]).toEqual([
            0, 0, 0,
          ]);
          expect(start.getUTCFullYear()).toBe(value.year);
          expect(value.year).toBeGreaterThanOrEqual(-9999);
          expect(value.year).toBeLessThanOrEqual(9999);
          if (value.month !== undefined) {
            expect(start.getUTCMonth() + 1).toBe(value.month);
            if (value.day !== undefined) {
              expect(value.day).toBeLessThanOrEqual(daysInMonth(value.year, value.month));
              expect(start.getUTCDate()).toBe(value.day);
            }
          }
          const expected =
            value.day !== undefined ? 'day' : value.month !== undefined ? 'month' : 'year';
          expect(value.precision).toBe(expected);
          expect(value.uncertain).toBe(/[?%]$/.test(text));
          expect(value.approximate).toBe(/[~%]$/.test(text));
        }),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'accepts every real calendar day from -9999 to 9999, and no other day',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -9999, max: 9999 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 31 }),
          (year, month, day) => {
            const text = `${year < 0 ? '-' : ''}${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
            // Year -0000 is written 0000.
            const real = day <= daysInMonth(year, month) && !text.startsWith('-0000');
            expect(parseEdtf(text).ok).toBe(real);
          },
        ),
        fuzzOptions(),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
