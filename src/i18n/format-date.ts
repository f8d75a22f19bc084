import type { EdtfDate } from '../domain/edtf';
import { utcDayMs } from '../domain/edtf';

// Dates are shown at the precision they are known, in UTC (a date is a calendar date, not an
// instant in the reader's time zone). Years before 1 CE are astronomical in the data and shown
// as BCE years, which Intl cannot do for the proleptic Gregorian calendar on its own.

export interface DateWords {
  /** "c. {date}" */
  readonly approximate: (date: string) => string;
  /** "{date} (uncertain)" */
  readonly uncertain: (date: string) => string;
  /** "{year} BCE" */
  readonly bce: (year: string) => string;
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
} as const satisfies Record<EdtfDate['precision'], Intl.DateTimeFormatOptions>;

/** The date alone, without qualifiers: "2023", "July 2023", "21 January 2024", "501 BCE". */
export function formatPlainDate(
  date: EdtfDate,
  locale: string,
  words = ENGLISH_DATE_WORDS,
): string {
  const options = PRECISION_OPTIONS[date.precision];
  if (date.year >= 1) return formatter(locale, options).format(date.startMs);
  // Format the month and day on a stand-in year with the same leap rule, then put the BCE year in.
  const standIn = isLeap(date.year) ? 2000 : 2001;
  const bceYear = words.bce(formatNumber(1 - date.year, locale));
  if (date.precision === 'year') return bceYear;
  const parts = formatter(locale, options).formatToParts(
    utcDayMs(standIn, date.month ?? 1, date.day ?? 1),
  );
  return parts
    .map((part) => (part.type === 'year' ? bceYear : part.value))
    .join('')
    .trim();
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
      ? normaliseRange(
          formatter(locale, PRECISION_OPTIONS[start.precision]).formatRange(
            start.startMs,
            end.startMs,
          ),
        )
      : `${formatPlainDate(start, locale, words)} – ${formatPlainDate(end, locale, words)}`;
  const qualified = start.approximate || end.approximate ? words.approximate(plain) : plain;
  return start.uncertain || end.uncertain ? words.uncertain(qualified) : qualified;
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

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(localeTag(locale), { useGrouping: value >= 10_000 }).format(value);
}
