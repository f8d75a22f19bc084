import type { TimeWindow } from '../../domain/time-window';
import type { DateWords } from '../../i18n/format-date';
import { formatter, normaliseRange } from '../../i18n/format-date';
import { formatPeriod } from '../../i18n/format-period';

/**
 * The window to the day, "1 December 2023 – 29 February 2024": an image outlives the page, so it
 * says exactly what it shows (the toolbar's "2023–2024" is enough next to the axis).
 */
export function formatWindowDays(window: TimeWindow, locale: string, words: DateWords): string {
  const lastMs = window.endMs - 1;
  // Intl cannot write BCE years in the proleptic calendar; the period formatter can.
  if (new Date(window.startMs).getUTCFullYear() < 1) {
    return formatPeriod(window.startMs, lastMs, locale, words);
  }
  return normaliseRange(
    formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
      window.startMs,
      lastMs,
    ),
  );
}
