import type { EdtfDate, Precision } from '../domain/edtf';
import { utcDayMs } from '../domain/edtf';
import {
  englishCanCount,
  englishCanWrite,
  englishDate,
  englishList,
  englishNumber,
  englishRange,
} from './english-format';

// Dates are shown at the precision they are known, in UTC (a date is a calendar date, not an
// instant in the reader's time zone). Years before 1 CE are astronomical in the data and shown
// as BCE years, which Intl cannot do for the proleptic Gregorian calendar on its own.

export interface DateWords {
  /** "c. {date}" */
  readonly approximate: (date: string) => string;
  /** "{date} (uncertain)" */
  readonly uncertain: (date: string) => string;
  /**
   * "{date} BCE". Receives the date (or the year alone) as the language writes a date of our era,
   * with the BCE year's number in place of the year, so the marker can go after it ("15 March 44
   * BCE", "501 قبل مسیح") or before it ("公元前44年3月15日", "公元前501年").
   */
  readonly bce: (date: string) => string;
  /**
   * For languages that write the year first (Chinese): the word joining the two ends of a range,
   * which is then built here instead of by Intl's formatRange (that falls back to numeric dates
   * for Chinese, "2023/7/30 – 2023/8/1"). The end leaves out the leading fields it shares with the
   * start: "2024年1月21日至22日", "2023年7月30日至8月1日". Without it, Intl builds the range.
   */
  readonly rangeJoiner?: string;
}

export const ENGLISH_DATE_WORDS: DateWords = {
  approximate: (date) => `c. ${date}`,
  uncertain: (date) => `${date} (uncertain)`,
  bce: (year) => `${year} BCE`,
};

// English dates read day-month-year ("21 January 2024"), as in the brief's examples.
const LOCALE_TAGS: Record<string, string> = { en: 'en-GB', ur: 'ur-PK', zh: 'zh-CN' };

export function localeTag(locale: string): string {
  return LOCALE_TAGS[locale] ?? locale;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A UTC date formatter, cached: building one costs far more than using it. */
export function formatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(localeTag(locale), { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

const PRECISION_OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<Precision, Intl.DateTimeFormatOptions>;

/**
 * An instant of our era as a date at `precision`: "2023", "July 2023", "21 January 2024". English
 * is written out (english-format.ts: the first view then needs no Intl), other languages by Intl.
 */
export function formatDateMs(ms: number, precision: Precision, locale: string): string {
  if (locale === 'en' && englishCanWrite(ms)) return englishDate(ms, precision);
  return formatter(locale, PRECISION_OPTIONS[precision]).format(ms);
}

/** The date alone, without qualifiers: "2023", "July 2023", "21 January 2024", "501 BCE". */
export function formatPlainDate(
  date: EdtfDate,
  locale: string,
  words = ENGLISH_DATE_WORDS,
): string {
  if (date.year >= 1) return formatDateMs(date.startMs, date.precision, locale);
  const options = PRECISION_OPTIONS[date.precision];
  return formatBce(date.year, date.month ?? 1, date.day ?? 1, options, locale, words);
}

/** A year alone, as the language writes it: "2024", "2024年", "501 BCE", "公元前501年". */
export function formatYear(year: number, locale: string, words = ENGLISH_DATE_WORDS): string {
  if (year >= 1) return formatDateMs(utcDayMs(year, 1, 1), 'year', locale);
  return formatBce(year, 1, 1, PRECISION_OPTIONS.year, locale, words);
}

// Intl cannot write BCE years of the proleptic Gregorian calendar: format the month and day on a
// stand-in year with the same leap rule, put the BCE year's number in place of the year, and let
// the language mark the whole as BCE.
function formatBce(
  year: number,
  month: number,
  day: number,
  options: Intl.DateTimeFormatOptions,
  locale: string,
  words: DateWords,
): string {
  const standIn = isLeap(year) ? 2000 : 2001;
  const bceYear = formatNumber(1 - year, locale);
  const parts = formatter(locale, options).formatToParts(utcDayMs(standIn, month, day));
  return words.bce(
    parts
      .map((part) => (part.type === 'year' ? bceYear : part.value))
      .join('')
      .trim(),
  );
}

/** With its qualifiers: "c. 1950", "21 September 2021 (uncertain)". */
export function formatEdtf(date: EdtfDate, locale: string, words = ENGLISH_DATE_WORDS): string {
  return qualify(formatPlainDate(date, locale, words), date, words);
}

/** A span: "21–22 January 2024", "30 July – 1 August 2023"; a single date when there is no end. */
export function formatEdtfRange(
  start: EdtfDate,
  end: EdtfDate | undefined,
  locale: string,
  words = ENGLISH_DATE_WORDS,
): string {
  if (!end || end.text === start.text) return formatEdtf(start, locale, words);
  const plain =
    start.precision === end.precision && start.year >= 1 && end.year >= 1
      ? formatRangeMs(start.startMs, end.startMs, start.precision, locale, words)
      : `${formatPlainDate(start, locale, words)}${words.rangeJoiner ?? ' – '}${formatPlainDate(end, locale, words)}`;
  const qualified = start.approximate || end.approximate ? words.approximate(plain) : plain;
  return start.uncertain || end.uncertain ? words.uncertain(qualified) : qualified;
}

/**
 * Two instants of our era as a span at `precision`: English written out, otherwise Intl's range,
 * or the language's own (see DateWords).
 */
export function formatRangeMs(
  startMs: number,
  endMs: number,
  precision: Precision,
  locale: string,
  words: DateWords,
): string {
  if (locale === 'en' && englishCanWrite(startMs) && englishCanWrite(endMs)) {
    return englishRange(startMs, endMs, precision);
  }
  const dates = formatter(locale, PRECISION_OPTIONS[precision]);
  if (words.rangeJoiner === undefined) return normaliseRange(dates.formatRange(startMs, endMs));
  const startParts = dates.formatToParts(startMs);
  const endParts = dates.formatToParts(endMs);
  let shared = 0;
  while (
    shared < endParts.length &&
    startParts[shared]?.type === endParts[shared]?.type &&
    startParts[shared]?.value === endParts[shared]?.value
  ) {
    shared++;
  }
  const start = startParts.map((part) => part.value).join('');
  if (shared === endParts.length) return start;
  const end = endParts
    .slice(shared)
    .map((part) => part.value)
    .join('');
  return `${start}${words.rangeJoiner}${end}`;
}

// ICU puts thin or narrow spaces around range dashes, which differ between engines. Use plain
// spaces, and none between two bare day numbers ("21–22 January"), as house style wants.
export function normaliseRange(text: string): string {
  return text.replace(/\s+–\s+/gu, ' – ').replace(/^(\d{1,2}) – (\d{1,2})(?=\s)/u, '$1–$2');
}

function qualify(text: string, date: EdtfDate, words: DateWords): string {
  const approximate = date.approximate ? words.approximate(text) : text;
  return date.uncertain ? words.uncertain(approximate) : approximate;
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  // Grouping only from five digits on: "2024" is a year, "12,500" a count.
  const grouping = value >= 10_000;
  if (locale === 'en' && englishCanCount(value)) return englishNumber(value, grouping);
  const key = `${locale}|${grouping}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(locale), { useGrouping: grouping });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Names joined as the language joins them: "A, B, and C", "A، B اور C". */
export function formatList(items: readonly string[], locale: string): string {
  if (locale === 'en') return englishList(items);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
