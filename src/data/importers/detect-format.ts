// Which format a file is in, from its content: a URL's or file's extension often says nothing
// (Google Sheets exports end in "pub?output=csv", GDELT's tab-separated files in ".CSV").
import { isTimelineJs } from '../is-timelinejs';
import { columnFor } from './csv-columns';
import { isGdeltRow } from './import-gdelt';
import { isTimelineJsSheetHeader } from './timelinejs-sheet';

export type DatasetFormat =
  /** A bilateral-events file, or JSON that is not any other format (the loader says what is wrong). */
  'bilateral-events' | 'timelinejs' | 'timelinejs-sheet' | 'csv' | 'gdelt';

export function detectFormat(text: string): DatasetFormat | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return 'bilateral-events';
    }
    return isTimelineJs(json) ? 'timelinejs' : 'bilateral-events';
  }
  const firstLine = body.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (isGdeltRow(firstLine)) return 'gdelt';
  const names = firstLine.split(/[,;\t]/).map((name) => name.trim().replace(/^"|"$/g, ''));
  if (isTimelineJsSheetHeader(names)) return 'timelinejs-sheet';
  const columns = new Set(names.map(columnFor));
  if (columns.has('date') && columns.has('title')) return 'csv';
  return undefined;
}
