import { parseEdtf } from '../domain/edtf';
import type { EventId, SourceId, TimelineEvent } from '../domain/types';
import type { RawEvent } from './schema';

// From a record the schema has accepted to the domain's event. No schema library here: the
// main thread runs this on records a worker has already checked.

/** Shared by every event that has none, rather than a new empty array each. */
const NONE: readonly never[] = [];

export function toTimelineEvent(raw: RawEvent, index: number): TimelineEvent {
  // Both dates passed the schema, so parsing cannot fail here.
  const date = mustParse(raw.date);
  const end = raw.end === undefined ? undefined : mustParse(raw.end);
  const i18n: Record<string, { title: string | undefined; summary: string | undefined }> = {};
  for (const [lang, translation] of Object.entries(raw.i18n ?? {})) {
    i18n[lang] = { title: translation.title, summary: translation.summary };
  }
  return {
    id: raw.id as EventId,
    index,
    date,
    end,
    startMs: date.startMs,
    endMs: Math.max(date.endMs, end?.endMs ?? date.endMs),
    title: raw.title,
    summary: raw.summary,
    type: raw.type,
    tags: raw.tags ?? NONE,
    location: raw.location && {
      name: raw.location.name,
      country: raw.location.country,
      lat: raw.location.lat,
      lon: raw.location.lon,
      virtual: raw.location.virtual ?? false,
    },
    // Arrays of plain values the schema has checked are kept as they are, not copied.
    participants: raw.participants ?? NONE,
    statements: (raw.statements ?? NONE).map((s) => ({
      speaker: s.speaker,
      role: s.role,
      party: s.party,
      kind: s.kind,
      text: s.text,
      source: s.source as SourceId | undefined,
    })),
    outcomes: raw.outcomes ?? NONE,
    series: raw.series && { id: raw.series.id, name: raw.series.name, number: raw.series.number },
    related: (raw.related ?? NONE).map((r) => ({ type: r.type, id: r.id as EventId })),
    sources: (raw.sources ?? NONE).map((id) => id as SourceId),
    verification: raw.verification && {
      status: raw.verification.status,
      note: raw.verification.note,
    },
    i18n,
  };
}

function mustParse(text: string) {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`unreachable: schema accepted an invalid date ${text}`);
  return result.value;
}
