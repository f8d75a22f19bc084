// A subset of EDTF (ISO 8601-2) level 1: YYYY, YYYY-MM, YYYY-MM-DD with an optional
// qualifier (? uncertain, ~ approximate, % both). Years are astronomical (0000 = 1 BCE).
// Instants are computed in UTC only: a date string never goes through the local time zone.

export type Precision = 'year' | 'month' | 'day';

export interface EdtfDate {
  readonly text: string;
  readonly year: number;
  /** 1–12 when precision is month or day */
  readonly month: number | undefined;
  /** 1–31 when precision is day */
  readonly day: number | undefined;
  readonly precision: Precision;
  readonly uncertain: boolean;
  readonly approximate: boolean;
  /** First instant of the period, UTC epoch ms. */
  readonly startMs: number;
  /** First instant after the period (exclusive), UTC epoch ms. */
  readonly endMs: number;
}

export type EdtfResult = { ok: true; value: EdtfDate } | { ok: false; reason: string };

const EDTF_PATTERN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/** The textual form, for schemas that can only check a pattern. */
export const EDTF_PATTERN_SOURCE = EDTF_PATTERN.source;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** UTC midnight of a calendar day; month is 1-based and may overflow into the next year. */
export function utcDayMs(year: number, month: number, day: number): number {
  // Arithmetic rather than Date (whose Date.UTC maps years 0–99 to the 1900s): this runs for
  // every date of every event, and a large dataset has hundreds of thousands. Days from the
  // civil calendar in 400-year eras (H. Hinnant's algorithm); `day` may run past the month.
  const y = year + Math.floor((month - 1) / 12) - ((((month - 1) % 12) + 12) % 12 < 2 ? 1 : 0);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146097 + dayOfEra - 719468 + (day - 1)) * 86_400_000;
}

/** Whether `text` is a valid date of this subset, without building the date (for fast checks). */
export function isValidEdtf(text: string): boolean {
  const match = EDTF_PATTERN.exec(text);
  if (!match || match[1] === '-0000') return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

export function parseEdtf(text: string): EdtfResult {
  if (typeof text !== 'string') return { ok: false, reason: 'must be a string' };
  const match = EDTF_PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: `"${truncate(text)}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ?, ~ or %)`,
    };
  }
  const [, yearText = '', monthText, dayText, qualifier] = match;
  if (yearText === '-0000') return { ok: false, reason: 'year -0000 is not valid; write 0000' };
  const year = Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, reason: `month ${monthText} is not between 01 and 12` };
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, reason: `day ${dayText} does not exist in ${yearText}-${monthText}` };
  }
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const startMs = utcDayMs(year, month ?? 1, day ?? 1);
  const endMs =
    precision === 'day'
      ? utcDayMs(year, month ?? 1, (day ?? 1) + 1)
      : precision === 'month'
        ? utcDayMs(year, (month ?? 1) + 1, 1)
        : utcDayMs(year + 1, 1, 1);
  return {
    ok: true,
    value: {
      text,
      year,
      month,
      day,
      precision,
      uncertain: qualifier === '?' || qualifier === '%',
      approximate: qualifier === '~' || qualifier === '%',
      startMs,
      endMs,
    },
  };
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** DATA.md: `end` is not before `date`. An end is before its date only when all of it is. */
export function endsBeforeStart(date: EdtfDate, end: EdtfDate): boolean {
  return end.endMs <= date.startMs;
}
