import {
  CSV_COLUMNS,
  type CsvColumn,
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
]);

/**
 * One row per event, in the columns the CSV importer reads (docs/datasets.md). A CSV holds no
 * translations, and describes a source only as the main (first) source of a row.
 */
export function toCsv(doc: V1Document): string {
  const registry = new Map<string, V1Source>((doc.sources ?? []).map((s) => [s.id, s]));
  const rows = doc.events.map((event) => {
    const main = event.sources?.[0] === undefined ? undefined : registry.get(event.sources[0]);
    const cells = cellsOf(event, main);
    return CSV_COLUMNS.map((column) => guard(column, cells[column] ?? ''));
  });
  return csvWrite([[...CSV_COLUMNS], ...rows]);
}

function cellsOf(event: V1Event, main: V1Source | undefined): Partial<Record<CsvColumn, string>> {
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
    source_url: main?.url,
    source_title: main?.title,
    source_publisher: main?.publisher,
    source_published: main?.published,
    source_kind: main?.kind,
    verification: event.verification?.status,
    verification_note: event.verification?.note,
  };
}

function guard(column: CsvColumn, value: string): string {
  return FREE_TEXT.has(column) && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
