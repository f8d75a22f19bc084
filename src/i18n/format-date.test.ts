import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../domain/edtf';
import { formatEdtf, formatEdtfRange } from './format-date';
import { formatPeriod } from './format-period';

const date = (text: string) => {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('formatEdtf (English)', () => {
  it.each([
    ['2024-01-21', '21 January 2024'],
    ['2022-09', 'September 2022'],
    ['2019', '2019'],
    ['1950~', 'c. 1950'],
    ['2021-09-21?', '21 September 2021 (uncertain)'],
    ['1956-10%', 'c. October 1956 (uncertain)'],
    ['0000', '1 BCE'],
    ['-0500', '501 BCE'],
    ['-0043-03-15', '15 March 44 BCE'],
    ['0045', '45'],
    // The first and last instants of a day are the same day in every time zone.
    ['2024-12-31', '31 December 2024'],
    ['2025-01-01', '1 January 2025'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatEdtf(date(text), 'en')).toBe(expected);
  });
});

describe('formatEdtfRange', () => {
  it.each([
    ['2024-01-21', '2024-01-22', '21–22 January 2024'],
    ['2023-07-30', '2023-08-01', '30 July – 1 August 2023'],
    ['2018-12-30', '2019-01-02', '30 December 2018 – 2 January 2019'],
    ['2023-07', '2023-09', 'July – September 2023'],
    ['1956-10-19~', '1956-10-30', 'c. 19–30 October 1956'],
  ])('%s to %s reads "%s"', (start, end, expected) => {
    expect(formatEdtfRange(date(start), date(end), 'en')).toBe(expected);
  });

  it('shows a single date when there is no end', () => {
    expect(formatEdtfRange(date('2022-09'), undefined, 'en')).toBe('September 2022');
  });
});

describe('formatPeriod', () => {
  const ms = (text: string) => date(text).startMs;
  it.each([
    ['2024-03-02', '2024-03-29', 'March 2024'],
    ['2024-03-02', '2024-03-02', '2 March 2024'],
    ['2024-03-02', '2024-06-10', 'March – June 2024'],
    ['1990-03-02', '1995-06-10', '1990–1995'],
  ])('%s … %s is "%s"', (first, last, expected) => {
    expect(formatPeriod(ms(first), ms(last), 'en')).toBe(expected);
  });
});
