import type { TickStep } from '../timeline/model/axis-ticks';
import { type DateWords, ENGLISH_DATE_WORDS, formatNumber, formatter } from './format-date';

function format(locale: string, options: Intl.DateTimeFormatOptions, ms: number): string {
  return formatter(locale, options).format(ms);
}

function yearLabel(ms: number, locale: string, words: DateWords): string {
  const year = new Date(ms).getUTCFullYear();
  return year >= 1 ? formatNumber(year, locale) : words.bce(formatNumber(1 - year, locale));
}

/** Axis labels by tick unit: years, month names (the year at January), days (month and year on the 1st). */
export function formatTickLabel(
  ms: number,
  step: TickStep,
  major: boolean,
  locale: string,
  words: DateWords = ENGLISH_DATE_WORDS,
): string {
  switch (step.unit) {
    case 'year':
      return yearLabel(ms, locale, words);
    case 'month':
      return major ? yearLabel(ms, locale, words) : format(locale, { month: 'short' }, ms);
    case 'day':
      return major
        ? format(locale, { day: 'numeric', month: 'short', year: 'numeric' }, ms)
        : format(locale, { day: 'numeric', month: 'short' }, ms);
  }
}
