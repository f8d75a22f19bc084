// TimelineJS counts years as people say them: -300 is "300 BCE", and there is no year 0. A
// dataset counts them as ISO 8601 does (astronomical years): 0000 is 1 BCE and -0299 is 300 BCE.
// Both directions live here so the importer and the exporter cannot disagree.
import { parseEdtf } from '../../domain/edtf';
import { ENGLISH_MONTHS } from '../../domain/english-months';

/** TimelineJS year → astronomical year, or undefined for 0 (which TimelineJS does not have). */
export function astronomicalYear(timelineJsYear: number): number | undefined {
  if (timelineJsYear === 0) return undefined;
  return timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear;
}

/** Astronomical year → TimelineJS year. */
export function timelineJsYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

/** An astronomical year written as EDTF: four digits, a minus sign before years before 1 BCE. */
export function edtfYear(astronomical: number): string {
  return astronomical < 0
    ? `-${String(-astronomical).padStart(4, '0')}`
    : String(astronomical).padStart(4, '0');
}

/**
 * The words the exporter writes for a date TimelineJS cannot show by itself (approximate,
 * uncertain): "c. June 2021", "1950?". The importer knows its own words and does not keep them
 * as an author's display date.
 */
export function qualifiedDateText(edtf: string): string | undefined {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return undefined;
  const { year, month, day, precision, approximate, uncertain } = parsed.value;
  if (!approximate && !uncertain) return undefined;
  const yearText = year <= 0 ? `${1 - year} BCE` : String(year);
  const shown = [
    precision === 'day' ? String(day) : '',
    precision !== 'year' && month !== undefined ? (ENGLISH_MONTHS[month - 1] ?? '') : '',
    yearText,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return `${approximate ? 'c. ' : ''}${shown}${uncertain ? '?' : ''}`;
}
