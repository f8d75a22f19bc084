// TimelineJS (Knight Lab) JSON → v1. TimelineJS holds no actors, types or sources, so every event
// arrives "unverified" for an editor to finish; its HTML becomes plain text.
import { PLOVER_TYPES } from '../../domain/types';
import { htmlSection, htmlToText } from './html-to-text';
import type { ImportProblem, ImportResult, V1Event } from './import-result';
import { resolveParties } from './resolve-parties';
import { IdAllocator, slug } from './slug';
import { validateEvent } from './validate-record';

export interface TimelineJsImportOptions {
  readonly parties?: readonly [string, string];
  readonly title?: string;
}

const IMPORT_NOTE = 'Imported from TimelineJS; not yet checked against sources.';

export function importTimelineJs(
  json: unknown,
  options: TimelineJsImportOptions = {},
): ImportResult {
  const problems: ImportProblem[] = [];
  const slides = isRecord(json) && Array.isArray(json.events) ? json.events : undefined;
  if (!slides) {
    problems.push({
      severity: 'error',
      path: 'events',
      index: undefined,
      id: undefined,
      row: undefined,
      message: 'is missing: a TimelineJS file has an "events" list of slides',
    });
  }
  const titleSlide = isRecord(json) && isRecord(json.title) ? json.title : undefined;
  const titleText = isRecord(titleSlide?.text) ? titleSlide.text : undefined;
  const title = options.title ?? plain(titleText?.headline);
  const description = plain(titleText?.text);

  const ids = new IdAllocator();
  for (const slide of slides ?? []) {
    const id =
      isRecord(slide) && typeof slide.unique_id === 'string' ? slug(slide.unique_id, 80) : '';
    if (id !== '') ids.reserve(id);
  }
  const events: V1Event[] = [];
  const used = new Set<string>();
  (slides ?? []).forEach((slide, index) => {
    const event = convertSlide(slide, index, { ids, used }, problems);
    if (event) events.push(event);
  });
  return {
    json: {
      format: 'bilateral-events',
      version: 1,
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
      parties: resolveParties(options.parties, []),
      sources: [],
      events,
    },
    problems,
    rowsRead: slides?.length ?? 0,
  };
}

function convertSlide(
  slide: unknown,
  index: number,
  { ids, used }: { ids: IdAllocator; used: Set<string> },
  problems: ImportProblem[],
): V1Event | undefined {
  const base = `events[${index}]`;
  const uniqueId =
    isRecord(slide) && typeof slide.unique_id === 'string' ? slide.unique_id : undefined;
  const report = (path: string, message: string, severity: ImportProblem['severity'] = 'error') =>
    problems.push({ severity, path, index: undefined, id: uniqueId, row: index + 1, message });
  if (!isRecord(slide)) {
    report(base, 'is not a slide object');
    return undefined;
  }
  const text = isRecord(slide.text) ? slide.text : {};
  const html = typeof text.text === 'string' ? text.text : '';
  const summaryHtml =
    htmlSection(html, 'summary') ?? (html.includes('data-bilateral=') ? '' : html);
  const summary = plain(summaryHtml);
  const outcomes = listItems(htmlSection(html, 'outcomes'));
  const title = plain(text.headline) ?? firstWords(summary);
  if (title === undefined) {
    report(`${base}.text.headline`, 'is missing, and the slide has no text to make a title from');
    return undefined;
  }
  const displayDate = typeof slide.display_date === 'string' ? slide.display_date : undefined;
  const start = edtfOf(slide.start_date, displayDate, `${base}.start_date`, report);
  if (start === undefined) return undefined;
  // A bad end date costs only the end: the slide is kept, so that is a warning, not an error.
  const reportEnd: Report = (path, message, severity = 'error') =>
    severity === 'error'
      ? report(path, `${message}; the end date was left out`, 'warning')
      : report(path, message, severity);
  let end: string | undefined;
  if (isRecord(slide.end_date)) {
    end = edtfOf(slide.end_date, undefined, `${base}.end_date`, reportEnd);
  } else if (slide.end_date !== undefined && slide.end_date !== null) {
    reportEnd(`${base}.end_date`, 'is not a date (an object with a year)');
  }
  if (end === start) end = undefined;

  const sanitised = uniqueId === undefined ? '' : slug(uniqueId, 80);
  let id: string;
  if (sanitised === '') {
    id = ids.claim(slug(`${title} ${start}`) || `event-${slug(start) || 'undated'}`);
  } else if (used.has(sanitised)) {
    id = ids.claim(sanitised);
    report(
      `${base}.unique_id`,
      `repeats "${uniqueId}"; the slide was given the id "${id}"`,
      'warning',
    );
  } else {
    id = sanitised;
    used.add(sanitised);
  }
  const group = plain(slide.group);
  // A lane named after a PLOVER category (as this project's export writes) is the event's type.
  const groupType = PLOVER_TYPES.find((type) => type === group?.toUpperCase());
  const tag = group === undefined || groupType !== undefined ? '' : slug(group);
  const media =
    isRecord(slide.media) && typeof slide.media.url === 'string' ? slide.media : undefined;
  const caption = plain(media?.caption);
  const credit = plain(media?.credit);
  const draft = {
    id,
    date: start,
    ...(end === undefined ? {} : { end }),
    title,
    ...(summary === undefined ? {} : { summary }),
    ...(groupType === undefined ? {} : { type: groupType }),
    ...(tag === '' ? {} : { tags: [tag] }),
    ...(outcomes.length === 0 ? {} : { outcomes }),
    verification: { status: 'unverified', note: IMPORT_NOTE },
    // Kept as a link: the slide does not say what the address holds (a picture, a video page…).
    ...(media === undefined
      ? {}
      : {
          media: [
            {
              url: media.url,
              kind: 'link',
              ...(caption === undefined ? {} : { caption }),
              ...(credit === undefined ? {} : { credit }),
            },
          ],
        }),
  };
  let checked = validateEvent(draft);
  if (!checked.ok && checked.issues.every((issue) => issue.field === 'end')) {
    report(
      `${base}.end_date`,
      `${checked.issues[0]?.message ?? 'is not valid'}; the end date was left out`,
      'warning',
    );
    const { end: _dropped, ...withoutEnd } = draft;
    checked = validateEvent(withoutEnd);
  }
  if (!checked.ok) {
    for (const issue of checked.issues) {
      report(`${base}.${SLIDE_FIELD[issue.keys[0] ?? ''] ?? issue.field}`, issue.message);
    }
    return undefined;
  }
  return checked.value;
}

// Where an event field came from on the slide, to name it when the schema rejects it.
const SLIDE_FIELD: Readonly<Record<string, string>> = {
  id: 'unique_id',
  date: 'start_date',
  end: 'end_date',
  title: 'text.headline',
  summary: 'text.text',
  tags: 'group',
  outcomes: 'text.text',
  media: 'media',
};

type Report = (path: string, message: string, severity?: ImportProblem['severity']) => void;

/** A TimelineJS date object as EDTF, at the precision it gives. */
function edtfOf(
  date: unknown,
  slideDisplay: string | undefined,
  path: string,
  report: Report,
): string | undefined {
  if (!isRecord(date)) {
    report(path, 'is missing: every slide except the title needs a start_date with a year');
    return undefined;
  }
  const year = integer(date.year);
  if (year === undefined || Math.abs(year) > 9999) {
    report(`${path}.year`, `${quoteValue(date.year)} is not a year between -9999 and 9999`);
    return undefined;
  }
  const month = integer(date.month);
  const day = integer(date.day);
  if (
    date.month !== undefined &&
    date.month !== '' &&
    (month === undefined || month < 1 || month > 12)
  ) {
    report(`${path}.month`, `${quoteValue(date.month)} is not a month from 1 to 12`);
    return undefined;
  }
  let text = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  if (month !== undefined) {
    text += `-${pad(month, 2)}`;
    if (day !== undefined) text += `-${pad(day, 2)}`;
  } else if (day !== undefined) {
    report(
      `${path}.day`,
      'is given without a month; the date was kept at year precision',
      'warning',
    );
  }
  const display = typeof date.display_date === 'string' ? date.display_date : slideDisplay;
  return text + qualifierOf(display);
}

// TimelineJS cannot say "approximately" except in words; these are the words this project's
// export writes, and the ones people commonly use.
function qualifierOf(display: string | undefined): string {
  if (display === undefined) return '';
  const approximate = /^\s*(c\.|ca\.|circa\b|about\b|around\b|approx)/i.test(display);
  const uncertain = /\?/.test(display);
  return approximate && uncertain ? '%' : approximate ? '~' : uncertain ? '?' : '';
}

function integer(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function plain(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = htmlToText(value);
  return text === '' ? undefined : text;
}

function firstWords(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const line = text.split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
}

function listItems(html: string | undefined): string[] {
  if (html === undefined) return [];
  return html
    .split(/<li\b[^>]*>/i)
    .slice(1)
    .map((item) => htmlToText(item))
    .filter((item) => item !== '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
