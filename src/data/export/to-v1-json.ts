import type { Dataset, SourceId, TimelineEvent } from '../../domain/types';
import type { V1Document, V1Event, V1Source } from '../importers/import-result';

/**
 * The domain back as a bilateral-events v1 document, every field the domain holds included.
 * Pass a subset of events (a filtered view) to export just those; the source registry is then
 * cut to the sources they cite, so the file stays self-contained and warning-free.
 */
export function toV1Json(
  dataset: Dataset,
  events: readonly TimelineEvent[] = dataset.events,
): V1Document {
  const cited = new Set<SourceId>();
  for (const event of events) {
    for (const id of event.sources) cited.add(id);
    for (const statement of event.statements) if (statement.source) cited.add(statement.source);
  }
  const sources: V1Source[] = [];
  for (const source of dataset.sources.values()) {
    if (!cited.has(source.id)) continue;
    sources.push(
      compact({
        id: source.id,
        publisher: source.publisher,
        title: source.title,
        url: source.url,
        published: source.published,
        kind: source.kind,
      }),
    );
  }
  return compact({
    format: 'bilateral-events' as const,
    version: 1 as const,
    title: dataset.title,
    description: dataset.description,
    language: dataset.language,
    parties: dataset.parties.map((party) => ({ code: party.code, name: party.name })),
    sources,
    events: events.map(toV1Event),
  });
}

function toV1Event(event: TimelineEvent): V1Event {
  const i18n = Object.entries(event.i18n);
  return compact({
    id: event.id,
    date: event.date.text,
    end: event.end?.text,
    title: event.title,
    summary: event.summary,
    type: event.type,
    tags: nonEmpty([...event.tags]),
    location: event.location && compact({ ...event.location }),
    participants: nonEmpty(event.participants.map((p) => compact({ ...p }))),
    statements: nonEmpty(event.statements.map((s) => compact({ ...s }))),
    outcomes: nonEmpty([...event.outcomes]),
    series: event.series && compact({ ...event.series }),
    related: nonEmpty(event.related.map((r) => ({ type: r.type, id: r.id }))),
    sources: nonEmpty([...event.sources]),
    verification: event.verification && compact({ ...event.verification }),
    i18n:
      i18n.length === 0
        ? undefined
        : Object.fromEntries(i18n.map(([lang, t]) => [lang, compact({ ...t })])),
  });
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length === 0 ? undefined : items;
}

/** Drops keys whose value is undefined, so the file has no empty noise in it. */
function compact<T extends object>(value: T): T {
  for (const key in value) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}
