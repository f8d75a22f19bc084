import { parseEdtf } from '../domain/edtf';
import type {
  EventId,
  EventTranslation,
  Media,
  Relation,
  Series,
  SourceId,
  Statement,
  TimelineEvent,
  Verification,
} from '../domain/types';
import type { RawEvent } from './schema';

// From a record the schema has accepted to the domain's event. No schema library here: the
// main thread runs this on records a worker has already checked. An event is built in two parts:
// what the timeline needs at once (placed, drawn, linked: `eventBasics`, from a record or from
// the outline a worker sends, see event-outline.ts) and the rest (`eventDetails`), which a large
// file's events build only when something reads it (loaded-event.ts).

/** Shared by every event that has none, rather than a new empty array each. */
const NONE: readonly never[] = [];

export type EventBasics = Pick<
  TimelineEvent,
  | 'id'
  | 'index'
  | 'date'
  | 'end'
  | 'startMs'
  | 'endMs'
  | 'title'
  | 'type'
  | 'location'
  | 'series'
  | 'group'
  | 'sources'
>;

export type EventDetails = Omit<TimelineEvent, keyof EventBasics>;

export function toTimelineEvent(raw: RawEvent, index: number): TimelineEvent {
  return { ...eventBasics(raw, index), ...eventDetails(raw) };
}

/** The fields of a record that the basics are built from. */
export type BasicFields = Pick<
  RawEvent,
  'id' | 'date' | 'end' | 'title' | 'type' | 'location' | 'series' | 'group' | 'sources'
>;

export function eventBasics(raw: BasicFields, index: number): EventBasics {
  // Both dates passed the schema, so parsing cannot fail here.
  const date = mustParse(raw.date);
  const end = raw.end === undefined ? undefined : mustParse(raw.end);
  return {
    id: raw.id as EventId,
    index,
    date,
    end,
    startMs: date.startMs,
    endMs: Math.max(date.endMs, end?.endMs ?? date.endMs),
    title: raw.title,
    type: raw.type,
    location: raw.location && {
      name: raw.location.name,
      country: raw.location.country,
      lat: raw.location.lat,
      lon: raw.location.lon,
      virtual: raw.location.virtual ?? false,
    },
    series: raw.series as Series | undefined,
    group: raw.group,
    sources: (raw.sources as readonly SourceId[] | undefined) ?? NONE,
  };
}

export function eventDetails(raw: RawEvent): EventDetails {
  return {
    summary: raw.summary,
    tags: raw.tags ?? NONE,
    // The parts the schema has checked are kept as they are, not copied: a large dataset is
    // hundreds of thousands of these. (Fields an author added of their own stay on them, unread.)
    participants: raw.participants ?? NONE,
    statements: (raw.statements as readonly Statement[] | undefined) ?? NONE,
    outcomes: raw.outcomes ?? NONE,
    related: (raw.related as readonly Relation[] | undefined) ?? NONE,
    verification: raw.verification as Verification | undefined,
    i18n: raw.i18n === undefined ? NO_TRANSLATIONS : translations(raw.i18n),
    media: (raw.media as readonly Media[] | undefined) ?? NONE,
    displayDate: raw.displayDate,
    goldsteinScale: raw.goldsteinScale,
    avgTone: raw.avgTone,
    numMentions: raw.numMentions,
    quadClass: raw.quadClass,
  };
}

const NO_TRANSLATIONS: TimelineEvent['i18n'] = Object.freeze({});

/** Keys valibot's records leave unchecked, and out of what they give back. */
const UNREAD_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function translations(raw: NonNullable<RawEvent['i18n']>): TimelineEvent['i18n'] {
  const byLanguage: Record<string, EventTranslation> = {};
  for (const [language, translation] of Object.entries(raw)) {
    if (UNREAD_KEYS.has(language)) continue;
    byLanguage[language] = { title: translation.title, summary: translation.summary };
  }
  return byLanguage;
}

function mustParse(text: string) {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`unreachable: schema accepted an invalid date ${text}`);
  return result.value;
}
