import type { EdtfDate } from './edtf';

// Branded ids: an event id and a source id are both strings, and mixing them is a bug.
export type EventId = string & { readonly __brand: 'EventId' };
export type SourceId = string & { readonly __brand: 'SourceId' };

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const SOURCE_KINDS = [
  'official',
  'news',
  'wire',
  'archive',
  'reference',
  'aggregator',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const STATEMENT_KINDS = ['quote', 'paraphrase', 'joint'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const RELATION_TYPES = [
  'follows',
  'precedes',
  'part-of',
  'has-part',
  'response-to',
  'same-series',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const VERIFICATION_STATUSES = [
  'verified',
  'single-source',
  'unverified',
  'disputed',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const MEDIA_KINDS = ['image', 'audio', 'video', 'link'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** The filters a story step may set, by their URL parameters' names (DATA.md). */
export const STORY_FILTER_LISTS = ['type', 'party', 'host', 'tag', 'series', 'status'] as const;
export type StoryFilterList = (typeof STORY_FILTER_LISTS)[number];

/** One of the two parties' codes, "joint", or another ISO alpha-3 code. */
export type PartyCode = string;

export interface Party {
  readonly code: string;
  readonly name: string;
}

export interface Source {
  readonly id: SourceId;
  readonly publisher: string | undefined;
  readonly title: string | undefined;
  readonly url: string | undefined;
  readonly published: string | undefined;
  readonly kind: SourceKind | undefined;
}

export interface Place {
  readonly name: string | undefined;
  readonly country: string | undefined;
  readonly lat: number | undefined;
  readonly lon: number | undefined;
  readonly virtual: boolean;
}

export interface Participant {
  readonly name: string;
  readonly role?: string | undefined;
  readonly party?: PartyCode | undefined;
}

export interface Statement {
  readonly speaker: string | undefined;
  readonly role: string | undefined;
  readonly party: PartyCode | undefined;
  readonly kind: StatementKind;
  readonly text: string;
  readonly source: SourceId | undefined;
}

export interface Series {
  readonly id: string;
  readonly name: string | undefined;
  readonly number: number | undefined;
}

export interface Relation {
  readonly type: RelationType;
  readonly id: EventId;
}

export interface Verification {
  readonly status: VerificationStatus;
  readonly note: string | undefined;
}

/** A picture, sound, video or link about an event (DATA.md, "Eras, stories and media"). */
export interface Media {
  /** Relative to the dataset file, or https:. */
  readonly url: string;
  readonly kind: MediaKind;
  readonly alt: string | undefined;
  readonly caption: string | undefined;
  readonly credit: string | undefined;
  readonly source: SourceId | undefined;
}

/** A labelled period drawn behind the timeline. */
export interface Era {
  readonly id: string;
  readonly title: string;
  readonly start: EdtfDate;
  /** None: the era is still open (it runs to today). */
  readonly end: EdtfDate | undefined;
  /** UTC epoch ms; endMs is exclusive, and undefined while the era is open. */
  readonly startMs: number;
  readonly endMs: number | undefined;
  /** One of the two parties' codes when the era belongs to one side. */
  readonly party: string | undefined;
  /** Free text grouping eras: government, phase, war, era… */
  readonly kind: string | undefined;
  readonly sources: readonly SourceId[];
  /** Position in the file's eras array, for messages (none for an era not read from a file). */
  readonly index?: number;
}

export interface StoryStep {
  /** The event the step opens (none: the step shows a window only). */
  readonly event: EventId | undefined;
  readonly caption: string | undefined;
  /** The window, in the URL parameters' forms (YYYY, YYYY-MM, YYYY-MM-DD). */
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly filters: Readonly<Partial<Record<StoryFilterList, readonly string[]>>> & {
    readonly q?: string;
  };
  readonly lanes: string | undefined;
  readonly durationMs: number | undefined;
  /** Position in the file's steps of its story, for messages (none if not read from a file). */
  readonly index?: number;
}

/** An authored sequence through the dataset. */
export interface Story {
  readonly id: string;
  readonly title: string;
  readonly description: string | undefined;
  readonly steps: readonly StoryStep[];
  /** Position in the file's stories array, for messages (none if not read from a file). */
  readonly index?: number;
}

export interface EventTranslation {
  readonly title: string | undefined;
  readonly summary: string | undefined;
}

export interface TimelineEvent {
  readonly id: EventId;
  /** Position in the file's events array, for messages. */
  readonly index: number;
  readonly date: EdtfDate;
  readonly end: EdtfDate | undefined;
  /** The whole span the event covers, UTC epoch ms; endMs is exclusive. */
  readonly startMs: number;
  readonly endMs: number;
  readonly title: string;
  readonly summary: string | undefined;
  readonly type: PloverType | undefined;
  readonly tags: readonly string[];
  readonly location: Place | undefined;
  readonly participants: readonly Participant[];
  readonly statements: readonly Statement[];
  readonly outcomes: readonly string[];
  readonly series: Series | undefined;
  readonly related: readonly Relation[];
  readonly sources: readonly SourceId[];
  readonly verification: Verification | undefined;
  /** Optional translated title and summary by UI language. */
  readonly i18n: Readonly<Record<string, EventTranslation>>;
  readonly media: readonly Media[];
  /** How TimelineJS showed the date, when it was told in words ("Spring 1990"). */
  readonly displayDate?: string | undefined;
  /** The row group a TimelineJS slide was drawn in. */
  readonly group?: string | undefined;
  /** GDELT's numeric codes for a machine-coded event (docs/datasets.md). */
  readonly goldsteinScale?: number | undefined;
  readonly avgTone?: number | undefined;
  readonly numMentions?: number | undefined;
  readonly quadClass?: number | undefined;
}

export interface Dataset {
  readonly title: string;
  readonly description: string | undefined;
  /** Language of the dataset's own text, when the file says. */
  readonly language: string | undefined;
  readonly parties: readonly [Party, Party];
  readonly sources: ReadonlyMap<SourceId, Source>;
  /** Sorted by start, then end, then file order. */
  readonly events: readonly TimelineEvent[];
  /** In file order. */
  readonly eras: readonly Era[];
  readonly stories: readonly Story[];
}

export function isPloverType(value: string): value is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(value);
}

export function isVerificationStatus(value: string): value is VerificationStatus {
  return (VERIFICATION_STATUSES as readonly string[]).includes(value);
}
