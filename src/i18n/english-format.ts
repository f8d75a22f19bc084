import type { Precision } from '../domain/edtf';
import { ENGLISH_MONTHS as MONTHS } from '../domain/english-months';

// English dates, counts and lists written out, as Intl writes them for British English (en-GB, UTC),
// for the years 1–9999 and whole numbers from 0, and lists as Intl.ListFormat writes English ones. The page's first view is English, and Intl's
// first use on a page sets up its locale data: 15–30 ms of the first view's main thread in
// headless Chromium on the 2-core build machine (any later format, of any kind, is quick). With
// these, an English first view uses no Intl at all; other languages, other fields and other
// numbers still go through Intl (format-date.ts). english-format.test.ts checks every function
// here against Intl itself.

/** Whether the English forms here can write the instant's year. */
export function englishCanWrite(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

/** "2024", "September 2024", "3 September 2024" (the UTC calendar date of `ms`). */
export function englishDate(ms: number, precision: Precision): string {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear());
  if (precision === 'year') return year;
  const month = MONTHS[date.getUTCMonth()]!;
  if (precision === 'month') return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

/**
 * Two dates as one span, leaving out what they share, with the house style's spacing
 * (format-date.ts, normaliseRange): "2023 – 2024", "July – August 2023", "21–22 January 2024",
 * "30 July – 1 August 2023", "30 December 2023 – 1 January 2024"; one date when they are the same.
 */
export function englishRange(startMs: number, endMs: number, precision: Precision): string {
  const a = new Date(startMs);
  const b = new Date(endMs);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  const sameDay = sameMonth && a.getUTCDate() === b.getUTCDate();
  const same = precision === 'year' ? sameYear : precision === 'month' ? sameMonth : sameDay;
  if (same) return englishDate(startMs, precision);
  if (!sameYear || precision === 'year') {
    return `${englishDate(startMs, precision)} – ${englishDate(endMs, precision)}`;
  }
  // The same year, written once, at the end.
  const startMonth = MONTHS[a.getUTCMonth()]!;
  if (precision === 'month') return `${startMonth} – ${englishDate(endMs, 'month')}`;
  if (sameMonth) return `${a.getUTCDate()}–${englishDate(endMs, 'day')}`;
  return `${a.getUTCDate()} ${startMonth} – ${englishDate(endMs, 'day')}`;
}

/** Whether englishNumber can write `value`: a whole number from 0, exactly representable. */
export function englishCanCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** "2024", or with grouping "12,500". */
export function englishNumber(value: number, grouping: boolean): string {
  const digits = String(value);
  return grouping ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits;
}

/** "A", "A and B", "A, B, and C": a conjunction as Intl.ListFormat('en') writes it. */
export function englishList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}
