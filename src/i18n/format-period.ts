import {
  type DateWords,
  ENGLISH_DATE_WORDS,
  formatNumber,
  formatter,
  normaliseRange,
} from './format-date';

/** The period between two instants, at the coarsest unit that tells them apart: "March 2024", "1990–1995". */
export function formatPeriod(
  firstMs: number,
  lastMs: number,
  locale: string,
  words: DateWords = ENGLISH_DATE_WORDS,
): string {
  const a = new Date(firstMs);
  const b = new Date(lastMs);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  const sameDay = sameMonth && a.getUTCDate() === b.getUTCDate();
  const bce = a.getUTCFullYear() < 1 || b.getUTCFullYear() < 1;
  if (bce || (!sameYear && !sameMonth)) {
    if (sameYear) return year(a, locale, words);
    return `${year(a, locale, words)}–${year(b, locale, words)}`;
  }
  if (sameDay)
    return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(a);
  if (sameMonth) return formatter(locale, { month: 'long', year: 'numeric' }).format(a);
  return normaliseRange(formatter(locale, { month: 'long', year: 'numeric' }).formatRange(a, b));
}

function year(date: Date, locale: string, words: DateWords): string {
  const y = date.getUTCFullYear();
  return y >= 1 ? formatNumber(y, locale) : words.bce(formatNumber(1 - y, locale));
}
