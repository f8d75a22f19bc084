import { parseEdtf, utcDayMs } from '../domain/edtf';
import { revealControls } from '../domain/reveal-controls';
import { clampWindow, isValidWindow, type TimeWindow } from '../domain/time-window';
import { PLOVER_TYPES, VERIFICATION_STATUSES } from '../domain/types';

// Everything a link must reopen lives here. Parsing never throws: a bad value falls back to its
// default and, where a person would want to know, says so.

export const DEFAULT_DATA_URL = 'data/china-pakistan.json';
export const LANGUAGES = ['en', 'ur', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
export const LANE_MODES = ['one', 'host', 'type', 'series'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export interface UrlState {
  readonly data: string;
  readonly event: string | undefined;
  readonly window: TimeWindow | undefined;
  readonly q: string;
  readonly type: readonly string[];
  readonly party: readonly string[];
  readonly tag: readonly string[];
  readonly series: readonly string[];
  /** Host country of the event (a country code, or "virtual"). */
  readonly host: readonly string[];
  /** Verification status. */
  readonly status: readonly string[];
  /** Eras an event falls in (ids of the dataset's eras). */
  readonly era: readonly string[];
  readonly lanes: LaneMode;
  readonly lang: Language | undefined;
  readonly theme: Theme | undefined;
  readonly embed: boolean;
  readonly present: boolean;
  /** The story open (an id of the dataset's stories), at `step` (1-based). */
  readonly story: string | undefined;
  readonly step: number;
  /** The story plays by itself, and starts again at the end. */
  readonly autoplay: boolean;
  readonly loop: boolean;
  /** Eras drawn behind the timeline (`eras=0` hides them). */
  readonly eras: boolean;
}

export const DEFAULT_STATE: UrlState = {
  data: DEFAULT_DATA_URL,
  event: undefined,
  window: undefined,
  q: '',
  type: [],
  party: [],
  tag: [],
  series: [],
  host: [],
  status: [],
  era: [],
  lanes: 'one',
  lang: undefined,
  theme: undefined,
  embed: false,
  present: false,
  story: undefined,
  step: 1,
  autoplay: false,
  loop: false,
  eras: true,
};

export type UrlWarning =
  | { readonly kind: 'data'; readonly value: string }
  | { readonly kind: 'window'; readonly value: string };

const MAX_PARAM_LENGTH = 2000;
const MAX_LIST_ITEMS = 50;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** Far more steps than any story has: a longer number is a typo, not a step. */
const MAX_STEP = 9999;

export function parseUrlState(search: string): { state: UrlState; warnings: UrlWarning[] } {
  const params = new URLSearchParams(search);
  const warnings: UrlWarning[] = [];
  const get = (name: string) => {
    const value = params.get(name);
    return value === null || value.length > MAX_PARAM_LENGTH ? undefined : value;
  };

  const rawData = params.get('data');
  let data = DEFAULT_DATA_URL;
  if (rawData !== null) {
    if (isSafeDataUrl(rawData)) data = rawData;
    else warnings.push({ kind: 'data', value: revealControls(rawData.slice(0, 200)) });
  }

  const event = get('event');
  const story = get('story');
  const storyId = story !== undefined && ID_PATTERN.test(story) ? story : undefined;
  const from = get('from');
  const to = get('to');
  const window = parseWindow(from, to);
  if ((from !== undefined || to !== undefined) && !window) {
    warnings.push({
      kind: 'window',
      value: revealControls(`${from ?? ''}…${to ?? ''}`.slice(0, 200)),
    });
  }

  return {
    state: {
      data,
      event: event !== undefined && ID_PATTERN.test(event) ? event : undefined,
      window,
      q: (get('q') ?? '').slice(0, 200),
      // A value that can never match (a typo in a shared link) is dropped, so the link falls back
      // to those events unfiltered rather than to none; tags and series are the dataset's own.
      type: parseList(
        get('type'),
        oneOf(PLOVER_TYPES, (t) => t.toUpperCase()),
      ),
      party: parseList(get('party'), countryOr('joint')),
      tag: parseList(get('tag')),
      series: parseList(get('series')),
      host: parseList(get('host'), countryOr('virtual')),
      status: parseList(
        get('status'),
        oneOf(VERIFICATION_STATUSES, (s) => s.toLowerCase()),
      ),
      era: parseList(get('era'), (item) => (ID_PATTERN.test(item) ? item : undefined)),
      lanes: pick(LANE_MODES, get('lanes')) ?? 'one',
      lang: pick(LANGUAGES, get('lang')),
      theme: pick(THEMES, get('theme')),
      embed: get('embed') === '1',
      present: get('present') === '1',
      story: storyId,
      // A step means nothing without its story.
      step: storyId === undefined ? 1 : parseStep(get('step')),
      autoplay: get('autoplay') === '1',
      loop: get('loop') === '1',
      eras: get('eras') !== '0',
    },
    warnings,
  };
}

/** A whole number from 1; anything else is the first step. */
function parseStep(value: string | undefined): number {
  if (value === undefined || !/^\d{1,4}$/.test(value)) return 1;
  const step = Number(value);
  return step >= 1 && step <= MAX_STEP ? step : 1;
}

/** Relative paths and http(s) only: never javascript:, data:, file: or other schemes. */
export function isSafeDataUrl(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_PARAM_LENGTH || hasControlCharacter(trimmed))
    return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (scheme) return /^https?$/i.test(scheme[1]!);
  // Protocol-relative URLs inherit the page's scheme, which may be file: in the offline build.
  // URL parsing reads a backslash as a slash, so "/\\host" and "\\/host" are such URLs too.
  return !trimmed.replaceAll('\\', '/').startsWith('//');
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 32) return true;
  return false;
}

/** `from` is the start of its period; `to` is the end of its period (to=2024 ends with 2024). */
export function parseWindow(
  from: string | undefined,
  to: string | undefined,
): TimeWindow | undefined {
  if (from === undefined || to === undefined) return undefined;
  const start = parseEdtf(from);
  const end = parseEdtf(to);
  if (!start.ok || !end.ok || /[?~%]$/.test(from) || /[?~%]$/.test(to)) return undefined;
  const window = { startMs: start.value.startMs, endMs: end.value.endMs };
  return isValidWindow(window) ? clampWindow(window) : undefined;
}

function parseList(
  value: string | undefined,
  accept: (item: string) => string | undefined = (item) => item,
): string[] {
  if (!value) return [];
  const items: string[] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim();
    const accepted = item === '' || item.length > 100 ? undefined : accept(item);
    if (accepted !== undefined) items.push(accepted);
  }
  return [...new Set(items)].slice(0, MAX_LIST_ITEMS);
}

/** A value of a fixed list, as written in any case. */
function oneOf(options: readonly string[], normalise: (item: string) => string) {
  return (item: string) => {
    const value = normalise(item);
    return options.includes(value) ? value : undefined;
  };
}

/** A three-letter country code (in any case), or the one word the facet adds. */
function countryOr(word: string) {
  return (item: string) =>
    /^[A-Za-z]{3}$/.test(item) ? item.toUpperCase() : item === word ? word : undefined;
}

function pick<T extends string>(options: readonly T[], value: string | undefined): T | undefined {
  return options.find((option) => option === value);
}

const FIRST_DAY_MS = utcDayMs(-9999, 1, 1);
const LAST_DAY_MS = utcDayMs(9999, 12, 31);

/**
 * Day precision is enough to reopen a window: zoom stops at about two days across. Dates in the
 * URL have four-digit years, so a view that reaches past them is written as the nearest day they
 * can name (a five-digit year would make a link that does not open).
 */
export function formatWindowBound(ms: number): string {
  const date = new Date(Math.min(LAST_DAY_MS, Math.max(FIRST_DAY_MS, ms)));
  const year = date.getUTCFullYear();
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${yearText}-${month}-${day}`;
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.data !== DEFAULT_DATA_URL) params.set('data', state.data);
  if (state.event) params.set('event', state.event);
  if (state.window) {
    params.set('from', formatWindowBound(state.window.startMs));
    // `to` names the last day shown, whose end is the window's end.
    params.set('to', formatWindowBound(state.window.endMs - 1));
  }
  if (state.q) params.set('q', state.q);
  for (const key of ['type', 'party', 'tag', 'series', 'host', 'status', 'era'] as const) {
    if (state[key].length > 0) params.set(key, state[key].join(','));
  }
  if (state.lanes !== 'one') params.set('lanes', state.lanes);
  if (state.lang) params.set('lang', state.lang);
  if (state.theme) params.set('theme', state.theme);
  if (state.embed) params.set('embed', '1');
  if (state.present) params.set('present', '1');
  if (state.story) {
    params.set('story', state.story);
    if (state.step > 1) params.set('step', String(state.step));
  }
  if (state.autoplay) params.set('autoplay', '1');
  if (state.loop) params.set('loop', '1');
  if (!state.eras) params.set('eras', '0');
  const text = params.toString();
  return text ? `?${text}` : '';
}
