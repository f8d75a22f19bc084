import {
  CSV_COLUMNS,
  type CsvColumn,
  formatMedia,
  formatPerson,
  formatStatements,
  joinList,
} from '../importers/csv-columns';
import type { V1Document, V1Event, V1Source } from '../importers/import-result';
import { csvWrite } from './csv-write';

// Columns whose text a spreadsheet could take for a formula ("=", "+", "-", "@" at the start).
// Dates, ids and numbers are left alone: "-0500" is a year and -33.9 a latitude.
const FREE_TEXT = new Set<CsvColumn>([
  'title',
  'summary',
  'tags',
  'location',
  'participants',
  'statements',
  'outcomes',
  'series_name',
  'source_title',
  'source_publisher',
  'verification_note',
  'display_date',
  'group',
  'media',
]);

/**
 * A title row (the dataset's title, description and parties), a row per era, a row per event, in
 * the columns the CSV importer reads (docs/datasets.md), then one row for each cited source that
 * is no event's first source. A CSV holds no translations and no stories.
 */
export function toCsv(doc: V1Document): string {
  const registry = new Map<string, V1Source>((doc.sources ?? []).map((s) => [s.id, s]));
  const described = new Set<string>();
  const rows = doc.events.map((event) => {
    const main = event.sources?.[0] === undefined ? undefined : registry.get(event.sources[0]);
    if (main) described.add(main.id);
    return row(cellsOf(event, main));
  });
  // Sources that are no event's first get a row of their own, so the registry survives whole.
  const sourceRows = [...registry.values()]
    .filter((source) => !described.has(source.id))
    .map((source) => row({ sources: joinList([source.id]), ...sourceCells(source) }));
  const titleRow = row({
    type: 'title',
    title: doc.title,
    summary: doc.description,
    participants: joinList(doc.parties.map((p) => formatPerson({ name: p.name, party: p.code }))),
  });
  const eraRows = (doc.eras ?? []).map((era) =>
    row({
      id: era.id,
      type: 'era',
      date: era.start,
      end: era.end,
      title: era.title,
      party: era.party,
      group: era.kind,
      sources: joinList(era.sources ?? []),
    }),
  );
  return csvWrite([[...CSV_COLUMNS], titleRow, ...eraRows, ...rows, ...sourceRows]);
}

function cellsOf(
  event: V1Event,
  main: V1Source | undefined,
): Partial<Record<CsvColumn, string | undefined>> {
  const location = event.location;
  return {
    id: event.id,
    date: event.date,
    end: event.end,
    title: event.title,
    summary: event.summary,
    type: event.type,
    tags: joinList(event.tags ?? []),
    location: location?.name,
    country: location?.country,
    lat: location?.lat?.toString(),
    lon: location?.lon?.toString(),
    virtual: location?.virtual?.toString(),
    participants: joinList((event.participants ?? []).map(formatPerson)),
    statements: formatStatements(event.statements ?? []),
    outcomes: joinList(event.outcomes ?? []),
    series: event.series?.id,
    series_name: event.series?.name,
    series_number: event.series?.number?.toString(),
    related: joinList((event.related ?? []).map((r) => `${r.type}:${r.id}`)),
    sources: joinList(event.sources ?? []),
    ...(main ? sourceCells(main) : {}),
    verification: event.verification?.status,
    verification_note: event.verification?.note,
    display_date: event.displayDate,
    group: event.group,
    media: formatMedia(event.media ?? []),
  };
}

function sourceCells(source: V1Source): Partial<Record<CsvColumn, string>> {
  return {
    source_url: source.url,
    source_title: source.title,
    source_publisher: source.publisher,
    source_published: source.published,
    source_kind: source.kind,
  };
}

function row(cells: Partial<Record<CsvColumn, string | undefined>>): string[] {
  return CSV_COLUMNS.map((column) => guard(column, cells[column] ?? ''));
}

function guard(column: CsvColumn, value: string): string {
  return FREE_TEXT.has(column) && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
