import { lineAndColumn } from './json-syntax-error';
import type { DatasetProblem } from './problems';

const REPLACEMENT = '\uFFFD';

/**
 * A file that is not UTF-8 (Latin-1 or Windows-1252, as older spreadsheets and editors save) is
 * decoded with U+FFFD for each byte that could not be read. The records still load, but their
 * text may be wrong, so a person is told where, rather than finding "Caf�" by chance.
 */
export function encodingWarning(file: string): DatasetProblem | undefined {
  const text = file.charCodeAt(0) === 0xfeff ? file.slice(1) : file;
  const first = text.indexOf(REPLACEMENT);
  if (first < 0) return undefined;
  let count = 0;
  for (let at = first; at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) count++;
  const { line, column } = lineAndColumn(text, first);
  const what = count === 1 ? '1 character' : `${count} characters`;
  return {
    severity: 'warning',
    path: `line ${line}, column ${column}`,
    index: undefined,
    id: undefined,
    message: `${what} could not be read as UTF-8 and ${count === 1 ? 'is' : 'are'} shown as “${REPLACEMENT}” (the first here): save the file as UTF-8, or the text around ${count === 1 ? 'it' : 'them'} may be wrong`,
  };
}
