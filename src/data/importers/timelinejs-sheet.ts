// Knight Lab's TimelineJS spreadsheet template, saved as CSV (or published from Google Sheets):
// Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text,
// Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background. A row whose Type
// is "title" is the title slide, "era" an era, anything else an event. The rows become TimelineJS
// slides and go through the TimelineJS converter; problems are then named by spreadsheet row and
// column, as a person looking at the sheet finds them.
import { parseCsv } from './csv-parse';
import type { ImportProblem, ImportResult } from './import-result';
import { importTimelineJs, type TimelineJsImportOptions } from './import-timelinejs';

const COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'end year',
  'end month',
  'end day',
  'end time',
  'display date',
  'headline',
  'text',
  'media',
  'media credit',
  'media caption',
  'media thumbnail',
  'type',
  'group',
  'background',
] as const;
type SheetColumn = (typeof COLUMNS)[number];

function columnOf(name: string): SheetColumn | undefined {
  const normal = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return COLUMNS.find((column) => column === normal);
}

/** A header row with Year and Headline columns is the TimelineJS template's. */
export function isTimelineJsSheetHeader(names: readonly string[]): boolean {
  const columns = new Set(names.map(columnOf));
  return columns.has('year') && columns.has('headline');
}

// Which sheet column a slide field came from, to name it in a problem.
const COLUMN_OF_PATH: readonly (readonly [RegExp, string])[] = [
  [/^start_date\.month/, 'Month'],
  [/^start_date\.day/, 'Day'],
  [/^start_date/, 'Year'],
  [/^end_date\.month/, 'End Month'],
  [/^end_date\.day/, 'End Day'],
  [/^end_date/, 'End Year'],
  [/^text\.headline/, 'Headline'],
  [/^text\.text/, 'Text'],
  [/^media/, 'Media'],
  [/^display_date/, 'Display Date'],
  [/^group/, 'Group'],
];

export function importTimelineJsSheet(
  text: string,
  options: TimelineJsImportOptions = {},
): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : ';';
  const parsed = parseCsv(body, { delimiter });
  const problems: ImportProblem[] = parsed.problems.map((p) =>
    rowProblem('error', p.row, p.message),
  );
  const [header, ...records] = parsed.records;
  const at = new Map<SheetColumn, number>();
  header?.fields.forEach((name, index) => {
    const column = columnOf(name);
    if (column !== undefined && !at.has(column)) at.set(column, index);
    else if (column === undefined && name.trim() !== '' && header) {
      problems.push(
        rowProblem(
          'warning',
          header.row,
          `column "${name.trim()}" is not a TimelineJS column and was ignored`,
        ),
      );
    }
  });
  const slides: Record<string, unknown>[] = [];
  const slideRows: number[] = [];
  const eras: Record<string, unknown>[] = [];
  const eraRows: number[] = [];
  let title: Record<string, unknown> | undefined;
  let titleRow: number | undefined;
  const unread = new Set<string>();
  for (const record of records) {
    if (record.fields.every((field) => field.trim() === '')) continue;
    const get = (column: SheetColumn) => {
      const index = at.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    for (const column of ['time', 'end time', 'media thumbnail', 'background'] as const)
      if (get(column) !== '') unread.add(column);
    const kind = get('type').toLowerCase();
    const textObject = { headline: get('headline'), text: get('text') };
    if (kind === 'title') {
      if (title !== undefined) {
        problems.push(
          rowProblem(
            'warning',
            record.row,
            `is a second title row; only row ${titleRow} gives the title`,
          ),
        );
        continue;
      }
      title = { text: textObject };
      titleRow = record.row;
      continue;
    }
    const start = dateObject(get('year'), get('month'), get('day'));
    const end =
      get('end year') === ''
        ? undefined
        : dateObject(get('end year'), get('end month'), get('end day'));
    if (kind === 'era') {
      eras.push({ start_date: start, ...(end ? { end_date: end } : {}), text: textObject });
      eraRows.push(record.row);
      continue;
    }
    slides.push({
      start_date: start,
      ...(end ? { end_date: end } : {}),
      ...(get('display date') === '' ? {} : { display_date: get('display date') }),
      text: textObject,
      ...(get('media') === ''
        ? {}
        : {
            media: {
              url: get('media'),
              credit: get('media credit'),
              caption: get('media caption'),
            },
          }),
      ...(get('group') === '' ? {} : { group: get('group') }),
    });
    slideRows.push(record.row);
  }
  if (unread.size > 0 && header) {
    problems.push(
      rowProblem(
        'warning',
        header.row,
        `the ${[...unread].map(titleCase).join(', ')} ${unread.size === 1 ? 'column was' : 'columns were'} not read: a dataset keeps dates to the day, and has no thumbnails or slide backgrounds`,
      ),
    );
  }
  const imported = importTimelineJs({ ...(title ? { title } : {}), events: slides, eras }, options);
  const renamed = imported.problems.map((problem) =>
    sheetProblem(problem, { slideRows, eraRows, titleRow }),
  );
  return {
    ...imported,
    problems: [...problems, ...renamed].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    rowsRead: records.filter((r) => r.fields.some((f) => f.trim() !== '')).length,
  };
}

function dateObject(year: string, month: string, day: string): Record<string, string> {
  return {
    year,
    ...(month === '' ? {} : { month }),
    ...(day === '' ? {} : { day }),
  };
}

function sheetProblem(
  problem: ImportProblem,
  rows: { slideRows: number[]; eraRows: number[]; titleRow: number | undefined },
): ImportProblem {
  const match = /^(events|eras)\[(\d+)\]\.?(.*)$/.exec(problem.path);
  if (!match) return problem;
  const list = match[1] === 'events' ? rows.slideRows : rows.eraRows;
  const row = list[Number(match[2])];
  if (row === undefined) return problem;
  const field = match[3] ?? '';
  const column = COLUMN_OF_PATH.find(([pattern]) => pattern.test(field))?.[1];
  return {
    ...problem,
    path: `row ${row}`,
    row,
    message: column === undefined ? problem.message : `column ${column}: ${problem.message}`,
  };
}

function rowProblem(
  severity: ImportProblem['severity'],
  row: number,
  message: string,
): ImportProblem {
  return { severity, path: `row ${row}`, index: undefined, id: undefined, row, message };
}

function titleCase(column: string): string {
  return column.replace(/\b\w/g, (c) => c.toUpperCase());
}
