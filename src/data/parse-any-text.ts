// A dataset file may be a bilateral-events document, a TimelineJS timeline or a spreadsheet saved
// as CSV; the content says which (a URL's extension often does not). Other formats' rows that
// could not be converted are reported alongside the loader's own problems, in the same alert.
import { columnFor } from './importers/csv-columns';
import { importCsv } from './importers/import-csv';
import type { ImportResult } from './importers/import-result';
import { importTimelineJs } from './importers/import-timelinejs';
import { type ParseResult, parseDatasetJson, parseDatasetText } from './parse-dataset';

export function parseAnyText(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // The normal parser says where the JSON goes wrong, with line and column.
      return parseDatasetText(text);
    }
    return isTimelineJs(json) ? withImportProblems(importTimelineJs(json)) : parseDatasetJson(json);
  }
  if (looksLikeCsvHeader(body)) return withImportProblems(importCsv(body));
  return parseDatasetText(text);
}

function withImportProblems(imported: ImportResult): ParseResult {
  const result = parseDatasetJson(imported.json);
  if (!result.ok) return result;
  return { ...result, problems: [...imported.problems, ...result.problems] };
}

/** A TimelineJS file: no bilateral-events marker, and slides with start_date or a headline. */
function isTimelineJs(json: unknown): boolean {
  if (!isRecord(json) || 'format' in json || !Array.isArray(json.events)) return false;
  return json.events.some(
    (slide) =>
      isRecord(slide) &&
      (isRecord(slide.start_date) || (isRecord(slide.text) && 'headline' in slide.text)),
  );
}

/** The first line names a date and a title column (with or without an id), as the CSV format needs. */
function looksLikeCsvHeader(text: string): boolean {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const names = new Set(
    firstLine.split(/[,;\t]/).map((name) => columnFor(name.trim().replace(/^"|"$/g, ''))),
  );
  return names.has('date') && names.has('title');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
