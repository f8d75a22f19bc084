// A dataset file may be a bilateral-events document, a TimelineJS timeline (JSON or its
// spreadsheet saved as CSV), a spreadsheet in this project's columns, or a GDELT event export;
// the content says which (a URL's extension often does not). Other formats' rows that could not
// be converted are reported alongside the loader's own problems, in the same alert.
import { encodingWarning } from './encoding-warning';
import { detectFormat } from './importers/detect-format';
import { importCsv } from './importers/import-csv';
import { importGdelt } from './importers/import-gdelt';
import type { ImportResult } from './importers/import-result';
import { importTimelineJs } from './importers/import-timelinejs';
import { PARTIES_NOT_STATED } from './importers/resolve-parties';
import { importTimelineJsSheet } from './importers/timelinejs-sheet';
import { type ParseResult, parseDatasetJson } from './parse-dataset';
import { parseDatasetText } from './parse-dataset-text';
import { type DatasetFileError, type DatasetProblem, problem } from './problems';

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
  switch (detectFormat(body)) {
    case 'bilateral-events': {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        // The normal parser says where the JSON goes wrong, with line and column.
        return rejected(text);
      }
      return { ok: true, json, importProblems: [] };
    }
    case 'timelinejs':
      return imported(importTimelineJs(JSON.parse(body)));
    case 'timelinejs-sheet':
      return imported(importTimelineJsSheet(body));
    case 'csv':
      return imported(importCsv(body));
    case 'gdelt': {
      // The app has no --parties to ask for: it shows the pair the file has most rows for, and
      // says which others it has.
      const result = importGdelt(body, { mostFrequentPair: true });
      const [chosen, ...others] = result.pairs;
      const notes: DatasetProblem[] =
        chosen === undefined
          ? [
              problem(
                'warning',
                'rows',
                undefined,
                undefined,
                'no row of this GDELT file names a country for both actors, so there is no pair of countries to show',
              ),
            ]
          : others.length > 0
            ? [
                problem(
                  'warning',
                  'parties',
                  undefined,
                  undefined,
                  `this GDELT ${result.version ?? ''} file has rows for ${others.length + 1} pairs of countries; shown: ${chosen.pair.join('–')} (${chosen.rows} rows), the pair with the most`,
                ),
              ]
            : [];
      return imported(result, notes);
    }
    case undefined:
      return rejected(text);
  }
}

function imported(result: ImportResult, notes: readonly DatasetProblem[] = []): ReadResult {
  const parties = result.partiesStated
    ? []
    : [problem('warning', 'parties', undefined, undefined, PARTIES_NOT_STATED)];
  return {
    ok: true,
    json: result.json,
    importProblems: [...notes, ...parties, ...result.problems],
  };
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
