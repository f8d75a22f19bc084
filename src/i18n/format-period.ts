import {
  type DateWords,
  ENGLISH_DATE_WORDS,
  formatDateMs,
  formatRangeMs,
  formatYear,
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
    const first = formatYear(a.getUTCFullYear(), locale, words);
    if (sameYear) return first;
    return `${first}${words.rangeJoiner ?? '–'}${formatYear(b.getUTCFullYear(), locale, words)}`;
  }
  if (sameDay) return formatDateMs(firstMs, 'day', locale);
  if (sameMonth) return formatDateMs(firstMs, 'month', locale);
  return formatRangeMs(firstMs, lastMs, 'month', locale, words);
}
