// A dataset file may be a bilateral-events document, a TimelineJS timeline or a spreadsheet saved
// as CSV; the content says which (a URL's extension often does not). Other formats' rows that
// could not be converted are reported alongside the loader's own problems, in the same alert.
import { encodingWarning } from './encoding-warning';
import { columnFor } from './importers/csv-columns';
import { importCsv } from './importers/import-csv';
import { importTimelineJs } from './importers/import-timelinejs';
import { isTimelineJs } from './is-timelinejs';
import { type ParseResult, parseDatasetJson } from './parse-dataset';
import { parseDatasetText } from './parse-dataset-text';
import type { DatasetFileError, DatasetProblem } from './problems';

/** The file as a bilateral-events document: read as one, or converted from another format. */
export type ReadResult =
  | {
      readonly ok: true;
      readonly json: unknown;
      readonly importProblems: readonly DatasetProblem[];
    }
  | { readonly ok: false; readonly error: DatasetFileError };

export function readAnyText(text: string): ReadResult {
  const read = readFormat(text);
  if (!read.ok) return read;
  // A file that was not UTF-8 still loads; the person is told where its text could not be read.
  const encoding = encodingWarning(text);
  return encoding ? { ...read, importProblems: [encoding, ...read.importProblems] } : read;
}

function readFormat(text: string): ReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // The normal parser says where the JSON goes wrong, with line and column.
      return rejected(text);
    }
    if (!isTimelineJs(json)) return { ok: true, json, importProblems: [] };
    const imported = importTimelineJs(json);
    return { ok: true, json: imported.json, importProblems: imported.problems };
  }
  if (looksLikeCsvHeader(body)) {
    const imported = importCsv(body);
    return { ok: true, json: imported.json, importProblems: imported.problems };
  }
  return rejected(text);
}

export function parseAnyText(text: string): ParseResult {
  const read = readAnyText(text);
  if (!read.ok) return read;
  const result = parseDatasetJson(read.json);
  if (!result.ok || read.importProblems.length === 0) return result;
  return { ...result, problems: [...read.importProblems, ...result.problems] };
}

function rejected(text: string): ReadResult {
  const result = parseDatasetText(text);
  if (result.ok)
    throw new Error('unreachable: text that is neither JSON nor CSV parsed as a dataset');
  return result;
}

/** The first line names a date and a title column (with or without an id), as the CSV format needs. */
function looksLikeCsvHeader(text: string): boolean {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const names = new Set(
    firstLine.split(/[,;\t]/).map((name) => columnFor(name.trim().replace(/^"|"$/g, ''))),
  );
  return names.has('date') && names.has('title');
}
