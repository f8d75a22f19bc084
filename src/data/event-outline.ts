import type { RawEvent } from './schema';

// What the page needs of each event the moment a dataset arrives: where it goes on the timeline
// (dates), what it is called and coloured by, the lanes it can be grouped in, and what it refers
// to (sources, events), which is checked once every event is in. A worker sends the outline of each checked record
// beside the chunk's own bytes; the page builds its events from the outlines and reads the rest
// of a record (statements, participants, summary…) only when something asks for it
// (loaded-event.ts). Parsing the whole of every record on the page was most of the time a large
// file took to appear (docs/architecture.md).
//
// An outline is a tuple, not an object: written and read as JSON for every event of a large
// file, keys would double its size (measured on 100,000 synthetic events: 273 bytes an event as
// objects, about 150 as tuples) and its cost at both ends.

type Field<K extends keyof RawEvent> = NonNullable<RawEvent[K]> | null;

export type EventOutline = readonly [
  index: number,
  id: string,
  date: string,
  end: string | null,
  title: string,
  type: Field<'type'>,
  location: Field<'location'>,
  series: Field<'series'>,
  group: Field<'group'>,
  sources: Field<'sources'>,
  /** The ids of the events it relates to (the relations themselves are read with the rest). */
  relatedIds: readonly string[] | null,
  /** Each statement's source, by the statement's position, when any statement cites one. */
  statementSources: readonly (string | null)[] | null,
];

export function outlineOf(raw: RawEvent, index: number): EventOutline {
  const statementSources = raw.statements?.some((s) => s.source !== undefined)
    ? raw.statements.map((s) => s.source ?? null)
    : null;
  return [
    index,
    raw.id,
    raw.date,
    raw.end ?? null,
    raw.title,
    raw.type ?? null,
    raw.location ?? null,
    raw.series ?? null,
    raw.group ?? null,
    raw.sources ?? null,
    raw.related?.map((relation) => relation.id) ?? null,
    statementSources,
  ];
}

/** The outline's fields by name, absent ones undefined (as in a record). */
export function readOutline(outline: EventOutline) {
  const [
    index,
    id,
    date,
    end,
    title,
    type,
    location,
    series,
    group,
    sources,
    relatedIds,
    statementSources,
  ] = outline;
  return {
    index,
    record: {
      id,
      date,
      end: end ?? undefined,
      title,
      type: type ?? undefined,
      location: location ?? undefined,
      series: series ?? undefined,
      group: group ?? undefined,
      sources: sources ?? undefined,
    },
    relatedIds: relatedIds ?? undefined,
    statementSources: statementSources ?? undefined,
  };
}
