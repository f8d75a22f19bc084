import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEdtf, parseEdtf, utcDayMs } from './edtf';

const utc = (y: number, m: number, d: number) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
};

describe('utcDayMs', () => {
  it('agrees with the calendar of Date for any day, month overflow and day overflow included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9999, max: 9999 }),
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 1, max: 32 }),
        (y, m, d) => {
          expect(utcDayMs(y, m, d)).toBe(utc(y, m, d));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('parseEdtf', () => {
  it.each([
    ['2024', 'year', utc(2024, 1, 1), utc(2025, 1, 1), false, false],
    ['2023-07', 'month', utc(2023, 7, 1), utc(2023, 8, 1), false, false],
    ['2023-12', 'month', utc(2023, 12, 1), utc(2024, 1, 1), false, false],
    ['2024-01-21', 'day', utc(2024, 1, 21), utc(2024, 1, 22), false, false],
    ['2024-02-29', 'day', utc(2024, 2, 29), utc(2024, 3, 1), false, false],
    ['1950~', 'year', utc(1950, 1, 1), utc(1951, 1, 1), false, true],
    ['2021-09-23?', 'day', utc(2021, 9, 23), utc(2021, 9, 24), true, false],
    ['1956-10%', 'month', utc(1956, 10, 1), utc(1956, 11, 1), true, true],
    ['0000', 'year', utc(0, 1, 1), utc(1, 1, 1), false, false],
    ['-0500', 'year', utc(-500, 1, 1), utc(-499, 1, 1), false, false],
    ['0045-03-15', 'day', utc(45, 3, 15), utc(45, 3, 16), false, false],
  ] as const)(
    '%s is a %s from its first instant to the next period',
    (text, precision, startMs, endMs, uncertain, approximate) => {
      const result = parseEdtf(text);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value).toMatchObject({ precision, startMs, endMs, uncertain, approximate });
    },
  );

  it('keeps years 0–99 in the first century, not the 1900s', () => {
    const result = parseEdtf('0099-12');
    expect(result.ok && new Date(result.value.startMs).getUTCFullYear()).toBe(99);
  });

  it.each([
    ['', 'is not a date'],
    ['2024-13', 'month 13'],
    ['2023-02-29', 'day 29 does not exist'],
    ['2024-1-5', 'is not a date'],
    ['24', 'is not a date'],
    ['2024-01-21T10:00', 'is not a date'],
    ['2024?~', 'is not a date'],
    ['-0000', 'not valid'],
    ['2024-00', 'month 00'],
  ])('rejects %j with a reason that says why', (text, reason) => {
    const result = parseEdtf(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('never throws, every accepted date has start before end, and the quick check agrees', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^-?\d{4}(-\d{2}(-\d{2})?)?[?~%]?$/)),
        (text) => {
          const result = parseEdtf(text);
          expect(isValidEdtf(text)).toBe(result.ok);
          if (result.ok) expect(result.value.startMs).toBeLessThan(result.value.endMs);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips every valid day: the text parses back to the same calendar day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9999, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const yearText = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
          const text = `${yearText}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const result = parseEdtf(text);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const date = new Date(result.value.startMs);
          expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]).toEqual([
            y,
            m,
            d,
          ]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
