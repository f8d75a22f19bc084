// Dates as people type them in a spreadsheet ("March 5, 1995", "5 March 1995", "3300 BC") read as
// EDTF. Only unambiguous English forms are read: "03/05/1995" is March or May depending on who
// wrote it, so it is left for the person to fix.
import { parseEdtf } from '../../domain/edtf';
import { edtfYear } from './timelinejs-dates';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const MONTH = '([a-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{1,4})';
const ERA_AFTER = '(?:\\s*(bce|bc|b\\.c\\.e\\.|b\\.c\\.|ce|ad|a\\.d\\.|c\\.e\\.))?';
const FORMS: readonly { pattern: RegExp; parts: readonly ('day' | 'month' | 'year' | 'era')[] }[] =
  [
    {
      pattern: new RegExp(`^${MONTH}\\s+${DAY},?\\s+${YEAR}${ERA_AFTER}$`),
      parts: ['month', 'day', 'year', 'era'],
    },
    {
      pattern: new RegExp(`^${DAY}\\s+${MONTH},?\\s+${YEAR}${ERA_AFTER}$`),
      parts: ['day', 'month', 'year', 'era'],
    },
    { pattern: new RegExp(`^${MONTH},?\\s+${YEAR}${ERA_AFTER}$`), parts: ['month', 'year', 'era'] },
    { pattern: new RegExp(`^${YEAR}${ERA_AFTER}$`), parts: ['year', 'era'] },
    { pattern: /^(ad|a\.d\.)\s*(\d{1,4})$/, parts: ['era', 'year'] },
  ];

/** The EDTF form of an English prose date, or undefined when the text is not one. */
export function readProseDate(input: string): string | undefined {
  let text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  let qualifier = '';
  const circa = /^(?:c\.|ca\.|circa|about|around)\s*/.exec(text);
  if (circa) {
    qualifier = '~';
    text = text.slice(circa[0].length);
  }
  for (const { pattern, parts } of FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = (part: (typeof parts)[number]) => {
      const at = parts.indexOf(part);
      return at < 0 ? undefined : match[at + 1];
    };
    const monthName = value('month');
    const month =
      monthName === undefined
        ? undefined
        : MONTHS.findIndex((name) => monthName.startsWith(name) && isMonthWord(monthName)) + 1;
    if (month === 0) return undefined;
    const era = value('era')?.replaceAll('.', '');
    const written = Number(value('year'));
    if (!Number.isInteger(written) || (era !== undefined && written === 0)) return undefined;
    // "5 March 95" could be 1995 or 95 CE: without an era, a year is written in full.
    if (era === undefined && (value('year') ?? '').length < 4) return undefined;
    // Years before the common era count back from 1 BCE, which is year 0000 in EDTF.
    const year = era === 'bc' || era === 'bce' ? 1 - written : written;
    const day = value('day');
    const edtf = [
      edtfYear(year),
      ...(month === undefined ? [] : [String(month).padStart(2, '0')]),
      ...(day === undefined ? [] : [day.padStart(2, '0')]),
    ].join('-');
    const result = `${edtf}${qualifier}`;
    return parseEdtf(result).ok ? result : undefined;
  }
  return undefined;
}

const MONTH_WORDS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'sept',
  ...MONTHS,
]);

function isMonthWord(word: string): boolean {
  return MONTH_WORDS.has(word);
}
