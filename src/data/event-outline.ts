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
// file, keys would nearly double its size and its cost at both ends (measured on 100,000
// synthetic events: 273 bytes an event as objects, 165 as these tuples).

type Field<K extends keyof RawEvent> = NonNullable<RawEvent[K]> | null;

/** A place as [name, country, lat, lon, virtual], absent fields null, trailing ones left off. */
type PlaceTuple = readonly (string | number | boolean | null)[];

// The fields most records have come first; the rest, absent (null) at the end, are left off.
export type EventOutline = readonly [
  index: number,
  id: string,
  date: string,
  title: string,
  type?: Field<'type'>,
  sources?: Field<'sources'>,
  location?: PlaceTuple | null,
  /** The ids of the events it relates to (the relations themselves are read with the rest). */
  relatedIds?: readonly string[] | null,
  series?: Field<'series'>,
  end?: string | null,
  /** Each statement's source, by the statement's position, when any statement cites one. */
  statementSources?: readonly (string | null)[] | null,
  group?: Field<'group'>,
];

export function outlineOf(raw: RawEvent, index: number): EventOutline {
  const statementSources = raw.statements?.some((s) => s.source !== undefined)
    ? raw.statements.map((s) => s.source ?? null)
    : null;
  const place = raw.location;
  const outline: EventOutline = [
    index,
    raw.id,
    raw.date,
    raw.title,
    raw.type ?? null,
    raw.sources ?? null,
    place
      ? withoutTrailingNulls([
          place.name ?? null,
          place.country ?? null,
          place.lat ?? null,
          place.lon ?? null,
          place.virtual ?? null,
        ])
      : null,
    raw.related?.map((relation) => relation.id) ?? null,
    raw.series ?? null,
    raw.end ?? null,
    statementSources,
    raw.group ?? null,
  ];
  return withoutTrailingNulls(outline);
}

function withoutTrailingNulls<T extends readonly unknown[]>(values: T): T {
  let length = values.length;
  while (length > 0 && values[length - 1] === null) length--;
  return (length === values.length ? values : values.slice(0, length)) as unknown as T;
}

/** The outline's fields by name, absent ones undefined (as in a record). */
export function readOutline(outline: EventOutline) {
  const [
    index,
    id,
    date,
    title,
    type,
    sources,
    place,
    relatedIds,
    series,
    end,
    statementSources,
    group,
  ] = outline;
  return {
    index,
    record: {
      id,
      date,
      end: end ?? undefined,
      title,
      type: type ?? undefined,
      location: place ? readPlace(place) : undefined,
      series: series ?? undefined,
      group: group ?? undefined,
      sources: sources ?? undefined,
    },
    relatedIds: relatedIds ?? undefined,
    statementSources: statementSources ?? undefined,
  };
}

function readPlace([name, country, lat, lon, virtual]: PlaceTuple) {
  return {
    name: typeof name === 'string' ? name : undefined,
    country: typeof country === 'string' ? country : undefined,
    lat: typeof lat === 'number' ? lat : undefined,
    lon: typeof lon === 'number' ? lon : undefined,
    virtual: typeof virtual === 'boolean' ? virtual : undefined,
  };
}
