// Spreadsheet authoring: one event per row, columns named like the v1 fields (csv-columns.ts).
// Every row that can be converted is; each row that cannot is reported by its spreadsheet row.

import * as v from 'valibot';
import { parseEdtf } from '../../domain/edtf';
import { EraSchema } from '../schema';
import {
  type CsvColumn,
  columnFor,
  parseMediaCell,
  parsePerson,
  parseStatement,
  splitList,
  splitStatements,
} from './csv-columns';
import { parseCsv } from './csv-parse';
import type {
  ImportProblem,
  ImportResult,
  V1Document,
  V1Event,
  V1Party,
  V1Source,
} from './import-result';
import { readProseDate } from './prose-date';
import { resolveParties } from './resolve-parties';
import { IdAllocator, slug } from './slug';
import { validateEvent, validateSource } from './validate-record';

export interface CsvImportOptions {
  /** The two party codes; by default the two codes the rows use most. */
  readonly parties?: readonly [string, string];
  readonly title?: string;
}

type Row = (column: CsvColumn) => string;

// Which event field each column fills, to name the column when the schema rejects a field.
const COLUMN_OF_FIELD: Readonly<Record<string, CsvColumn>> = {
  'location.name': 'location',
  'location.country': 'country',
  'location.lat': 'lat',
  'location.lon': 'lon',
  'location.virtual': 'virtual',
  'series.id': 'series',
  'series.name': 'series_name',
  'series.number': 'series_number',
  'verification.status': 'verification',
  'verification.note': 'verification_note',
};

export function importCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, { delimiter });
  const problems: ImportProblem[] = parsed.problems.map((p) =>
    rowProblem('error', p.row, undefined, p.message),
  );
  const [header, ...records] = parsed.records;
  const columns = header ? readHeader(header.fields, header.row, problems) : undefined;
  const sources = new SourceRegistry();
  const events: V1Event[] = [];
  const eras: V1Era[] = [];
  const codes: string[] = [];
  let titleRow: TitleRow | undefined;
  if (columns) {
    const ids = new IdAllocator();
    const rows = records
      .map((record) => ({ record, get: cellGetter(columns, record.fields) }))
      .filter(({ record }) => record.fields.some((field) => field.trim() !== ''));
    for (const { get } of rows) if (get('id') !== '') ids.reserve(get('id'));
    // A repeated id is reported here, by row; the loader would only know it as events[n].
    const rowOfId = new Map<string, number>();
    for (const { record, get } of rows) {
      const extra = record.fields.slice(columns.length).filter((field) => field.trim() !== '');
      if (extra.length > 0) {
        problems.push(
          rowProblem(
            'error',
            record.row,
            get('id') || undefined,
            `has ${record.fields.length} cells but the header names ${columns.length} columns; a comma inside a cell needs quotes`,
          ),
        );
        continue;
      }
      const rowType = get('type').toLowerCase();
      if (rowType === 'title') {
        if (titleRow) {
          problems.push(
            rowProblem(
              'warning',
              record.row,
              undefined,
              `is a second title row; only row ${titleRow.row} gives the title`,
            ),
          );
        } else {
          titleRow = readTitleRow(get, record.row, problems);
        }
        continue;
      }
      if (rowType === 'era') {
        const era = readEraRow(get, record.row, problems);
        if (era) eras.push(era);
        continue;
      }
      if (get('date') === '' && get('title') === '' && sources.hasDescription(get)) {
        // A row with only source columns adds a source to the registry, not an event.
        const cited = splitList(get('sources'));
        sources.describe(cited[0], get, record.row, problems);
        if (cited.length > 1) {
          problems.push(
            rowProblem(
              'warning',
              record.row,
              undefined,
              `a source row describes one source; only "${cited[0]}" was read from column sources`,
            ),
          );
        }
        continue;
      }
      const swallowed = swallowedRow(record.fields, columns, delimiter);
      if (swallowed) {
        problems.push(
          rowProblem(
            'error',
            record.row,
            get('id') || undefined,
            `column ${swallowed.column}: a quoted cell runs over several lines and takes in "${shorten(swallowed.line)}", which looks like a row of its own; a closing quote (") is probably missing, so the rows after it were read into this cell`,
          ),
        );
        continue;
      }
      const converted = convertRow(get, record.row, ids, sources, problems);
      if (!converted) continue;
      const earlier = rowOfId.get(converted.id);
      if (earlier !== undefined) {
        problems.push(
          rowProblem(
            'error',
            record.row,
            converted.id,
            `column id: repeats the id "${converted.id}" of row ${earlier}; ids must be unique`,
          ),
        );
        continue;
      }
      rowOfId.set(converted.id, record.row);
      events.push(converted);
      codes.push(...partyCodesOf(converted));
    }
  }
  const resolved = resolveParties(options.parties, codes, titleRow?.parties);
  const title = options.title ?? titleRow?.title;
  return {
    json: {
      format: 'bilateral-events',
      version: 1,
      ...(title === undefined ? {} : { title }),
      ...(titleRow?.description === undefined ? {} : { description: titleRow.description }),
      parties: resolved.parties,
      sources: sources.list(problems),
      events,
      ...(eras.length === 0 ? {} : { eras }),
    },
    // Sorted by row (stably), so the report reads top to bottom like the spreadsheet.
    problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    rowsRead: Math.max(0, parsed.records.length - 1),
    partiesStated: resolved.stated,
  };
}

type V1Era = NonNullable<V1Document['eras']>[number];

interface TitleRow {
  readonly row: number;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly parties: [V1Party, V1Party] | undefined;
}

/** The row whose type is "title": the dataset's title, description and (participants) parties. */
function readTitleRow(get: Row, row: number, problems: ImportProblem[]): TitleRow {
  const named = splitList(get('participants')).map(parsePerson);
  const parties = named.flatMap((person): V1Party[] =>
    person.party !== undefined && /^[A-Z]{3}$/.test(person.party)
      ? [{ code: person.party, name: person.name || person.party }]
      : [],
  );
  const [first, second] = parties;
  const pair = first && second && parties.length === 2 && first.code !== second.code;
  if (named.length > 0 && !pair) {
    problems.push(
      rowProblem(
        'warning',
        row,
        undefined,
        'column participants: a title row names the two parties as "Pakistan [PAK]; China [CHN]"; these were not read',
      ),
    );
  }
  return {
    row,
    title: get('title') || undefined,
    description: get('summary') || undefined,
    parties: pair && first && second ? [first, second] : undefined,
  };
}

/** A row whose type is "era": id, date (start), end, title, party, group (kind), sources. */
function readEraRow(get: Row, row: number, problems: ImportProblem[]): V1Era | undefined {
  const start = dateCell(get, 'date', row, problems);
  const end = dateCell(get, 'end', row, problems);
  const title = get('title');
  const draft = {
    id: get('id') || slug(`${title} ${start}`) || `era-${slug(start)}`,
    title,
    start,
    ...(end === '' ? {} : { end }),
    ...(get('party') === '' ? {} : { party: get('party').toUpperCase() }),
    ...(get('group') === '' ? {} : { kind: get('group') }),
    ...(get('sources') === '' ? {} : { sources: splitList(get('sources')) }),
  };
  const checked = v.safeParse(EraSchema, draft);
  if (checked.success) return checked.output;
  for (const issue of checked.issues) {
    // The era's fields by the columns they came from.
    const key = issue.path?.[0]?.key;
    const column =
      key === 'start' ? 'date' : key === 'kind' ? 'group' : typeof key === 'string' ? key : 'row';
    problems.push(
      rowProblem('error', row, get('id') || undefined, `era: column ${column}: ${issue.message}`),
    );
  }
  return undefined;
}

/** A date cell as EDTF, prose dates ("March 5, 1995", "3300 BC") converted and the change reported. */
function dateCell(
  get: Row,
  column: 'date' | 'end',
  row: number,
  problems: ImportProblem[],
): string {
  const text = get(column);
  if (text === '' || parseEdtf(text).ok) return text;
  const read = readProseDate(text);
  if (read === undefined) return text;
  problems.push(
    rowProblem(
      'warning',
      row,
      get('id') || undefined,
      `column ${column}: "${text}" was read as ${read}`,
    ),
  );
  return read;
}

/**
 * A quoted cell whose closing quote is missing takes in the rows below it, up to the next quote,
 * and those rows are silently lost. A line inside a cell that has a whole row's cells, with a date
 * where the date column is, is almost surely such a row.
 */
function swallowedRow(
  fields: readonly string[],
  columns: readonly (CsvColumn | undefined)[],
  delimiter: string,
): { column: string; line: string } | undefined {
  const dateAt = columns.indexOf('date');
  for (const [at, field] of fields.entries()) {
    if (!/[\r\n]/.test(field)) continue;
    for (const line of field.split(/\r\n|\r|\n/).slice(1)) {
      const cells = line.split(delimiter);
      if (cells.length >= columns.length && parseEdtf(cells[dateAt]?.trim() ?? '').ok) {
        return { column: columns[at] ?? `${at + 1}`, line };
      }
    }
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The delimiter of the header line: a comma unless the line has none and has tabs or semicolons. */
function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}

function readHeader(
  fields: readonly string[],
  row: number,
  problems: ImportProblem[],
): (CsvColumn | undefined)[] | undefined {
  const seen = new Set<CsvColumn>();
  const columns = fields.map((name) => {
    const column = columnFor(name);
    if (column === undefined) {
      if (name.trim() !== '') {
        problems.push(
          rowProblem(
            'warning',
            row,
            undefined,
            `column "${name.trim()}" is not a known column and was ignored`,
          ),
        );
      }
      return undefined;
    }
    if (seen.has(column)) {
      problems.push(
        rowProblem(
          'warning',
          row,
          undefined,
          `column "${column}" appears twice; only the first is read`,
        ),
      );
      return undefined;
    }
    seen.add(column);
    return column;
  });
  const missing = (['date', 'title'] as const).filter((column) => !seen.has(column));
  if (missing.length > 0) {
    problems.push(
      rowProblem(
        'error',
        row,
        undefined,
        `the header row has no ${missing.join(' or ')} column, so no row can be read (the first row must name the columns)`,
      ),
    );
    return undefined;
  }
  return columns;
}

// A leading apostrophe is how the exporter keeps a spreadsheet from running text as a formula.
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

function cellGetter(columns: readonly (CsvColumn | undefined)[], fields: readonly string[]): Row {
  const at = new Map<CsvColumn, number>();
  columns.forEach((column, index) => {
    if (column !== undefined) at.set(column, index);
  });
  return (column) => {
    const index = at.get(column);
    const raw = index === undefined ? '' : (fields[index] ?? '');
    return raw.trim().replace(FORMULA_GUARD, '');
  };
}

function convertRow(
  get: Row,
  row: number,
  ids: IdAllocator,
  sources: SourceRegistry,
  problems: ImportProblem[],
): V1Event | undefined {
  const found: string[] = [];
  const title = get('title');
  const date = dateCell(get, 'date', row, problems);
  const endDate = dateCell(get, 'end', row, problems);
  const explicitId = get('id');
  if (title === '') found.push('column title is empty; every event needs a title');
  if (date === '') found.push('column date is empty; every event needs a date such as 2024-01-21');

  const participants = splitList(get('participants')).map((item) => {
    const person = parsePerson(item);
    if (/\[[^\]]*$/.test(person.name)) {
      found.push(`column participants: "${item}" has an unclosed [party] bracket`);
    }
    return person;
  });
  const statements = splitStatements(get('statements')).flatMap((parts) => {
    const statement = parseStatement(parts);
    if (typeof statement === 'string') {
      found.push(`column statements: ${statement}`);
      return [];
    }
    return [statement];
  });
  const related = splitList(get('related')).flatMap((item) => {
    const colon = item.indexOf(':');
    if (colon < 0) {
      found.push(
        `column related: "${item}" must be written type:event-id, such as follows:cpec-jcc-3`,
      );
      return [];
    }
    return [{ type: item.slice(0, colon).trim().toLowerCase(), id: item.slice(colon + 1).trim() }];
  });
  const lat = numberCell(get, 'lat', found);
  const lon = numberCell(get, 'lon', found);
  if ((lat === undefined) !== (lon === undefined) && (get('lat') === '') !== (get('lon') === '')) {
    found.push(
      get('lat') === ''
        ? 'column lon is given without lat; a place needs both, or neither'
        : 'column lat is given without lon; a place needs both, or neither',
    );
  }
  const media = splitStatements(get('media')).flatMap((parts) => {
    const item = parseMediaCell(parts);
    if (typeof item === 'string') {
      found.push(`column media: ${item}`);
      return [];
    }
    return [item];
  });
  const seriesNumber = numberCell(get, 'series_number', found);
  const virtual = booleanCell(get, 'virtual', found);
  const seriesId = get('series') || (get('series_name') === '' ? '' : slug(get('series_name')));
  if (seriesId === '' && seriesNumber !== undefined) {
    found.push('column series_number is given without a series');
  }
  const status = get('verification').toLowerCase();
  if (status === '' && get('verification_note') !== '') {
    found.push('column verification_note is given without a verification status');
  }

  const cited = splitList(get('sources'));
  const mainSource = sources.describe(cited[0], get, row, problems);
  const sourceIds = mainSource !== undefined && cited.length === 0 ? [mainSource] : cited;

  const id =
    explicitId !== ''
      ? explicitId
      : ids.claim(slug(`${title} ${date}`) || `event-${slug(date) || 'undated'}`);
  if (found.length > 0) {
    for (const message of found)
      problems.push(rowProblem('error', row, explicitId || undefined, message));
    return undefined;
  }

  const country = get('country').toUpperCase();
  const hasLocation =
    get('location') !== '' ||
    country !== '' ||
    lat !== undefined ||
    lon !== undefined ||
    virtual !== undefined;
  const tags = splitList(get('tags'));
  const outcomes = splitList(get('outcomes'));
  const draft = {
    id,
    date,
    ...(endDate === '' ? {} : { end: endDate }),
    title,
    ...(get('summary') === '' ? {} : { summary: get('summary') }),
    ...(get('type') === '' ? {} : { type: get('type').toUpperCase() }),
    ...(tags.length === 0 ? {} : { tags }),
    ...(hasLocation
      ? {
          location: {
            ...(get('location') === '' ? {} : { name: get('location') }),
            ...(country === '' ? {} : { country }),
            ...(lat === undefined ? {} : { lat }),
            ...(lon === undefined ? {} : { lon }),
            ...(virtual === undefined ? {} : { virtual }),
          },
        }
      : {}),
    ...(participants.length === 0
      ? {}
      : {
          participants: participants.map((p) => ({
            name: p.name,
            ...(p.role === undefined ? {} : { role: p.role }),
            ...(p.party === undefined ? {} : { party: p.party }),
          })),
        }),
    ...(statements.length === 0
      ? {}
      : {
          statements: statements.map((s) => ({
            ...(s.speaker.name === '' ? {} : { speaker: s.speaker.name }),
            ...(s.speaker.role === undefined ? {} : { role: s.speaker.role }),
            ...(s.speaker.party === undefined ? {} : { party: s.speaker.party }),
            kind: s.kind,
            text: s.text,
            ...(s.source === undefined ? {} : { source: s.source }),
          })),
        }),
    ...(outcomes.length === 0 ? {} : { outcomes }),
    ...(seriesId === ''
      ? {}
      : {
          series: {
            id: seriesId,
            ...(get('series_name') === '' ? {} : { name: get('series_name') }),
            ...(seriesNumber === undefined ? {} : { number: seriesNumber }),
          },
        }),
    ...(related.length === 0 ? {} : { related }),
    ...(sourceIds.length === 0 ? {} : { sources: sourceIds }),
    ...(status === ''
      ? {}
      : {
          verification: {
            status,
            ...(get('verification_note') === '' ? {} : { note: get('verification_note') }),
          },
        }),
    ...(media.length === 0 ? {} : { media }),
    ...(get('display_date') === '' ? {} : { displayDate: get('display_date') }),
    ...(get('group') === '' ? {} : { group: get('group') }),
  };
  const checked = validateEvent(draft);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const column = columnOfIssue(issue.keys);
      const hint = column === 'date' || column === 'end' ? dateHint(get(column)) : '';
      problems.push(
        rowProblem(
          'error',
          row,
          explicitId || undefined,
          `column ${column}: ${issue.message}${hint}`,
        ),
      );
    }
    return undefined;
  }
  return checked.value;
}

function columnOfIssue(keys: readonly (string | number)[]): string {
  const named = keys.filter((key): key is string => typeof key === 'string');
  const [first = 'row'] = named;
  return COLUMN_OF_FIELD[named.slice(0, 2).join('.')] ?? first;
}

function dateHint(value: string): string {
  // Spreadsheets rewrite dates in the local style unless the column is formatted as text.
  return /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value)
    ? '; a spreadsheet may have rewritten it, so format the column as text'
    : '';
}

function numberCell(get: Row, column: CsvColumn, found: string[]): number | undefined {
  const text = get(column);
  if (text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    found.push(
      `column ${column}: "${text}" is not a number (use a point for decimals, as in 33.69)`,
    );
    return undefined;
  }
  return value;
}

function booleanCell(get: Row, column: CsvColumn, found: string[]): boolean | undefined {
  const text = get(column).toLowerCase();
  if (text === '') return undefined;
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  found.push(`column ${column}: "${get(column)}" must be true or false`);
  return undefined;
}

function partyCodesOf(event: V1Event): string[] {
  return [
    ...(event.participants ?? []).map((p) => p.party),
    ...(event.statements ?? []).map((s) => s.party),
    event.location?.country,
  ].filter((code): code is string => code !== undefined);
}

function rowProblem(
  severity: ImportProblem['severity'],
  row: number,
  id: string | undefined,
  message: string,
): ImportProblem {
  return { severity, path: `row ${row}`, index: undefined, id, message, row };
}

interface SourceDraft {
  readonly id: string;
  readonly row: number;
  readonly fields: Readonly<Record<SourceField, string>>;
}

const SOURCE_FIELDS = ['publisher', 'title', 'url', 'published', 'kind'] as const;
type SourceField = (typeof SOURCE_FIELDS)[number];

/** The sources described by rows' source_* columns, each once, in order of first mention. */
class SourceRegistry {
  private readonly byId = new Map<string, SourceDraft>();
  private readonly idByUrl = new Map<string, string>();
  private readonly ids = new IdAllocator();

  hasDescription(get: Row): boolean {
    return SOURCE_FIELDS.some((key) => get(`source_${key}`) !== '');
  }

  /** Registers the row's main source and returns its id, or undefined when the row describes none. */
  describe(
    citedId: string | undefined,
    get: Row,
    row: number,
    problems: ImportProblem[],
  ): string | undefined {
    const fields: Record<SourceField, string> = {
      publisher: get('source_publisher'),
      title: get('source_title'),
      url: get('source_url'),
      published: get('source_published'),
      kind: get('source_kind').toLowerCase(),
    };
    if (SOURCE_FIELDS.every((key) => fields[key] === '')) return undefined;
    const id = citedId ?? this.idByUrl.get(fields.url) ?? this.ids.claim(sourceIdFor(fields));
    const known = this.byId.get(id);
    if (known) {
      const differs = SOURCE_FIELDS.some(
        (key) =>
          fields[key] !== '' && known.fields[key] !== '' && fields[key] !== known.fields[key],
      );
      if (differs) {
        problems.push(
          rowProblem(
            'warning',
            row,
            undefined,
            `source "${id}" is described differently in row ${known.row}; the first description is kept`,
          ),
        );
      }
      const merged = { ...fields };
      for (const key of SOURCE_FIELDS)
        if (known.fields[key] !== '') merged[key] = known.fields[key];
      this.byId.set(id, { ...known, fields: merged });
    } else {
      this.ids.reserve(id);
      this.byId.set(id, { id, row, fields });
    }
    if (fields.url !== '' && !this.idByUrl.has(fields.url)) this.idByUrl.set(fields.url, id);
    return id;
  }

  /** The registry; a source the schema rejects is reported at the row that described it. */
  list(problems: ImportProblem[]): V1Source[] {
    return [...this.byId.values()].flatMap(({ id, row, fields }) => {
      const draft: Record<string, string> = { id };
      for (const key of SOURCE_FIELDS) if (fields[key] !== '') draft[key] = fields[key];
      const checked = validateSource(draft);
      if (checked.ok) return [checked.value];
      for (const issue of checked.issues) {
        const column = issue.field === 'id' ? 'sources' : `source_${issue.field}`;
        problems.push(
          rowProblem(
            'error',
            row,
            undefined,
            `column ${column}: ${issue.message}; the source was left out`,
          ),
        );
      }
      return [];
    });
  }
}

function sourceIdFor(fields: {
  url: string;
  title: string;
  publisher: string;
  published: string;
}): string {
  const fromUrl = (() => {
    try {
      const url = new URL(fields.url);
      return slug(`${url.hostname.replace(/^www\./, '')} ${url.pathname}`, 50);
    } catch {
      return '';
    }
  })();
  return (
    (fields.publisher !== '' ? slug(`${fields.publisher} ${fields.published}`, 50) : '') ||
    fromUrl ||
    slug(fields.title, 50) ||
    'source'
  );
}
