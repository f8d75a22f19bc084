// RFC 4180 CSV, read leniently: spreadsheets and hand edits produce files that bend the rules,
// and one bad quote must not cost every row after it.

export interface CsvRecord {
  readonly fields: readonly string[];
  /** Line of the text where the record starts (1-based). */
  readonly line: number;
  /** Row number as a spreadsheet counts it: the header is row 1, blank lines count. */
  readonly row: number;
}

export interface CsvProblem {
  readonly line: number;
  readonly row: number;
  readonly message: string;
}

export interface CsvParseResult {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

export interface CsvOptions {
  /** A single character; "," unless the file says otherwise. */
  readonly delimiter?: string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function parseCsv(input: string, options: CsvOptions = {}): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const length = text.length;
  let pos = 0;
  let line = 1;
  let row = 1;

  // Consumes one line break at pos (CRLF, LF or a lone CR); returns whether there was one.
  const skipLineBreak = (): boolean => {
    const c = text.charCodeAt(pos);
    if (c === CR) {
      pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
    } else if (c === LF) {
      pos += 1;
    } else {
      return false;
    }
    line++;
    return true;
  };

  while (pos < length) {
    if (skipLineBreak()) {
      row++;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    let unterminatedAt: { line: number; offset: number } | undefined;
    for (;;) {
      let value = '';
      if (text.charCodeAt(pos) === QUOTE) {
        const openLine = line;
        const openOffset = pos;
        pos++;
        let closed = false;
        while (pos < length) {
          const next = text.indexOf('"', pos);
          const end = next === -1 ? length : next;
          const chunk = text.slice(pos, end);
          line += countLineBreaks(chunk);
          value += chunk;
          pos = end;
          if (next === -1) break;
          if (text.charCodeAt(pos + 1) === QUOTE) {
            value += '"';
            pos += 2;
            continue;
          }
          pos++;
          closed = true;
          break;
        }
        if (!closed) {
          unterminatedAt = { line: openLine, offset: openOffset };
          break;
        }
      }
      // Unquoted text, or text after a closing quote (not RFC 4180, but kept rather than lost).
      const start = pos;
      while (pos < length) {
        const c = text.charCodeAt(pos);
        if (c === delimiter || c === LF || c === CR) break;
        pos++;
      }
      value += text.slice(start, pos);
      fields.push(value);
      if (pos < length && text.charCodeAt(pos) === delimiter) {
        pos++;
        continue;
      }
      break;
    }
    if (unterminatedAt) {
      problems.push({
        line: unterminatedAt.line,
        row,
        message: `a quoted field opened on line ${unterminatedAt.line} is never closed`,
      });
      // Resume on the line after the opening quote, so the rows below it are still read.
      pos = unterminatedAt.offset;
      line = unterminatedAt.line;
      while (pos < length && !skipLineBreak()) pos++;
      row++;
      continue;
    }
    records.push({ fields, line: recordLine, row });
    skipLineBreak();
    row++;
  }
  return { records, problems };
}

function countLineBreaks(chunk: string): number {
  let count = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && chunk.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
