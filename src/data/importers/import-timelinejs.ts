// TimelineJS (Knight Lab) → v1: the JSON of TimelineJS 3 (a bare {"events": …} or wrapped in
// {"timeline": …}), TimelineJS 2's {"timeline": {"date": […]}}, and the spreadsheet template
// (timelinejs-sheet.ts), which all arrive here as TimelineJS 3 slides. TimelineJS holds no
// actors, types or verification, so every event arrives "unverified" for an editor to finish;
// its HTML becomes plain text, its links the event's sources, its media the event's media.
import * as v from 'valibot';
import { PLOVER_TYPES, SOURCE_KINDS, type SourceKind } from '../../domain/types';
import { COUNTRY_CODE_PATTERN, EraSchema } from '../schema';
import { htmlLinks } from './html-links';
import { htmlSection, htmlToText } from './html-to-text';
import type {
  ImportProblem,
  ImportResult,
  V1Document,
  V1Event,
  V1Party,
  V1Source,
} from './import-result';
import { resolveParties } from './resolve-parties';
import { IdAllocator, slug } from './slug';
import { astronomicalYear, edtfYear, qualifiedDateText } from './timelinejs-dates';
import { readSlideMedia } from './timelinejs-media';
import { fromTimelineJs2, isTimelineJs2 } from './timelinejs2';
import { validateEvent } from './validate-record';

export interface TimelineJsImportOptions {
  readonly parties?: readonly [string, string];
  readonly title?: string;
  /** The kind of source a link in the slide text becomes (default news). */
  readonly linkKind?: SourceKind;
}

type V1Era = NonNullable<V1Document['eras']>[number];

const IMPORT_NOTE = 'Imported from TimelineJS; not yet checked against sources.';

/** The timeline object itself, whichever of TimelineJS's shapes holds it. */
export function unwrapTimelineJs(json: unknown): Record<string, unknown> | undefined {
  if (!isRecord(json)) return undefined;
  if (isTimelineJs2(json)) return fromTimelineJs2(json);
  if (isRecord(json.timeline) && Array.isArray(json.timeline.events)) return json.timeline;
  return json;
}

export function importTimelineJs(
  json: unknown,
  options: TimelineJsImportOptions = {},
): ImportResult {
  const problems: ImportProblem[] = [];
  const timeline = unwrapTimelineJs(json);
  const slides = Array.isArray(timeline?.events) ? timeline.events : undefined;
  if (!slides) {
    problems.push(
      slideProblem(
        'error',
        'events',
        undefined,
        undefined,
        isRecord(json) && isRecord(json.timeline)
          ? 'is missing: the "timeline" object has neither an "events" list (TimelineJS 3) nor a "date" list (TimelineJS 2)'
          : 'is missing: a TimelineJS file has an "events" list of slides',
      ),
    );
  }
  const titleSlide = isRecord(timeline?.title) ? timeline.title : undefined;
  const titleText = isRecord(titleSlide?.text) ? titleSlide.text : undefined;
  const title = options.title ?? plain(titleText?.headline);
  const description = plain(titleText?.text);

  const ids = new IdAllocator();
  for (const slide of slides ?? []) {
    const id =
      isRecord(slide) && typeof slide.unique_id === 'string' ? slug(slide.unique_id, 80) : '';
    if (id !== '') ids.reserve(id);
  }
  const sources = new LinkSources(options.linkKind ?? 'news');
  const events: V1Event[] = [];
  const used = new Set<string>();
  (slides ?? []).forEach((slide, index) => {
    const event = convertSlide(slide, index, { ids, used, sources }, problems);
    if (event) events.push(event);
  });
  const eras = convertEras(timeline?.eras, problems);
  const resolved = resolveParties(options.parties, [], namedParties(json));
  return {
    json: {
      format: 'bilateral-events',
      version: 1,
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
      parties: resolved.parties,
      sources: sources.list(),
      events,
      ...(eras.length === 0 ? {} : { eras }),
    },
    problems,
    rowsRead: slides?.length ?? 0,
    partiesStated: resolved.stated,
  };
}

interface SlideContext {
  readonly ids: IdAllocator;
  readonly used: Set<string>;
  readonly sources: LinkSources;
}

function convertSlide(
  slide: unknown,
  index: number,
  { ids, used, sources }: SlideContext,
  problems: ImportProblem[],
): V1Event | undefined {
  const base = `events[${index}]`;
  const uniqueId =
    isRecord(slide) && typeof slide.unique_id === 'string' ? slide.unique_id : undefined;
  const report: Report = (path, message, severity = 'error') =>
    problems.push(slideProblem(severity, path, uniqueId, index + 1, message));
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
  const slideDisplay = typeof slide.display_date === 'string' ? slide.display_date : undefined;
  const start = edtfOf(slide.start_date, slideDisplay, `${base}.start_date`, report);
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
  const displayDate = authoredDisplay(slide, start);

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
  // A lane named after a PLOVER category (as this project's export writes) is also the type.
  const groupType = PLOVER_TYPES.find((type) => type === group?.toUpperCase());
  const media = slideMedia(slide.media, `${base}.media`, report);
  const cited = htmlLinks(html).map((link) => sources.cite(link.url, link.text));
  const draft = {
    id,
    date: start,
    ...(end === undefined ? {} : { end }),
    title,
    ...(summary === undefined ? {} : { summary }),
    ...(groupType === undefined ? {} : { type: groupType }),
    ...(outcomes.length === 0 ? {} : { outcomes }),
    ...(media?.kind === 'quote'
      ? {
          statements: [
            {
              ...(media.speaker === undefined ? {} : { speaker: media.speaker }),
              kind: 'quote',
              text: media.text,
            },
          ],
        }
      : {}),
    ...(cited.length === 0 ? {} : { sources: cited }),
    verification: { status: 'unverified', note: IMPORT_NOTE },
    ...(media?.kind === 'media' ? { media: [media.media] } : {}),
    ...(displayDate === undefined ? {} : { displayDate }),
    ...(group === undefined ? {} : { group }),
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

type ReadMedia = ReturnType<typeof readSlideMedia>;

function slideMedia(
  value: unknown,
  path: string,
  report: Report,
): Exclude<ReadMedia, { kind: 'none' }> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value) || typeof value.url !== 'string') {
    report(path, 'is not a media object with a url; the media was left out', 'warning');
    return undefined;
  }
  if (value.url.trim() === '') return undefined;
  const read = readSlideMedia({
    url: value.url,
    caption: text(value.caption),
    credit: text(value.credit),
    alt: text(value.alt),
  });
  if (read.kind === 'none') {
    report(`${path}.url`, `${read.reason}; the media was left out`, 'warning');
    return undefined;
  }
  return read;
}

/** The slide's own display text, unless it is only the words this project's export writes. */
function authoredDisplay(slide: Record<string, unknown>, start: string): string | undefined {
  const startDisplay = isRecord(slide.start_date) ? slide.start_date.display_date : undefined;
  const shown = [slide.display_date, startDisplay].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (shown === undefined) return undefined;
  const display = htmlToText(shown);
  return display === '' || display === qualifiedDateText(start) ? undefined : display;
}

function convertEras(raw: unknown, problems: ImportProblem[]): V1Era[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push(
      slideProblem('warning', 'eras', undefined, undefined, 'is not a list; no era was read'),
    );
    return [];
  }
  const ids = new IdAllocator();
  return raw.flatMap((era, index): V1Era[] => {
    const base = `eras[${index}]`;
    const report: Report = (path, message, severity = 'error') =>
      problems.push(slideProblem(severity, path, undefined, undefined, message));
    if (!isRecord(era)) {
      report(base, 'is not an era object; the era was left out');
      return [];
    }
    const text = isRecord(era.text) ? era.text : {};
    const title = plain(text.headline);
    if (title === undefined) {
      report(`${base}.text.headline`, 'is missing: an era needs a headline; the era was left out');
      return [];
    }
    const start = edtfOf(era.start_date, undefined, `${base}.start_date`, report);
    if (start === undefined) return [];
    const end = isRecord(era.end_date)
      ? edtfOf(era.end_date, undefined, `${base}.end_date`, report)
      : undefined;
    const draft = {
      id: ids.claim(slug(`${title} ${start}`) || `era-${slug(start)}`),
      title,
      start,
      ...(end === undefined || end === start ? {} : { end }),
      kind: 'era',
    };
    const checked = v.safeParse(EraSchema, draft);
    if (!checked.success) {
      report(base, `${checked.issues[0]?.message ?? 'is not valid'}; the era was left out`);
      return [];
    }
    return [checked.output];
  });
}

/** Parties a file names itself (this project's TimelineJS export writes them beside the slides). */
function namedParties(json: unknown): [V1Party, V1Party] | undefined {
  const raw = isRecord(json) && Array.isArray(json.parties) ? json.parties : undefined;
  if (raw?.length !== 2) return undefined;
  const parties = raw.flatMap((party): V1Party[] =>
    isRecord(party) &&
    typeof party.code === 'string' &&
    COUNTRY_CODE_PATTERN.test(party.code) &&
    typeof party.name === 'string'
      ? [{ code: party.code, name: party.name }]
      : [],
  );
  const [first, second] = parties;
  return first && second && first.code !== second.code ? [first, second] : undefined;
}

/** Sources made from the links in slide text, each address once, cited by every slide linking it. */
class LinkSources {
  private readonly byUrl = new Map<string, V1Source>();
  private readonly ids = new IdAllocator();

  constructor(private readonly kind: SourceKind) {}

  cite(url: string, linkText: string): string {
    const known = this.byUrl.get(url);
    if (known) return known.id;
    const host = hostOf(url);
    const source: V1Source = {
      id: this.ids.claim(slug(`${host} ${pathOf(url)}`, 50) || 'source'),
      ...(host === '' ? {} : { publisher: host }),
      ...(linkText === '' || linkText === url ? {} : { title: linkText }),
      url,
      kind: this.kind,
    };
    this.byUrl.set(url, source);
    return source.id;
  }

  list(): V1Source[] {
    return [...this.byUrl.values()];
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

// Where an event field came from on the slide, to name it when the schema rejects it.
const SLIDE_FIELD: Readonly<Record<string, string>> = {
  id: 'unique_id',
  date: 'start_date',
  end: 'end_date',
  title: 'text.headline',
  summary: 'text.text',
  outcomes: 'text.text',
  statements: 'media',
  media: 'media',
  displayDate: 'display_date',
  group: 'group',
};

type Report = (path: string, message: string, severity?: ImportProblem['severity']) => void;

function slideProblem(
  severity: ImportProblem['severity'],
  path: string,
  id: string | undefined,
  row: number | undefined,
  message: string,
): ImportProblem {
  return { severity, path, index: undefined, id, row, message };
}

/** A TimelineJS date object as EDTF, at the precision it gives, its year made astronomical. */
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
  const given = integer(date.year);
  const year = given === undefined ? undefined : astronomicalYear(given);
  if (given === 0) {
    report(`${path}.year`, 'is 0, which TimelineJS does not have: 1 BCE is -1 and 1 CE is 1');
    return undefined;
  }
  if (year === undefined || given === undefined || Math.abs(given) > 9999) {
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
  let text = edtfYear(year);
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

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
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

export function isSourceKind(value: string): value is SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(value);
}
