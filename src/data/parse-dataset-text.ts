import { locateJsonSyntaxError } from './json-syntax-error';
import { type ParseOptions, type ParseResult, parseDatasetJson } from './parse-dataset';

// The dataset from its text. A file that is not JSON is told apart from a web page, and where its
// JSON goes wrong is given by line and column. Kept apart from parse-dataset so that the worker's
// ordinary path (a bilateral-events document) does not load the error locator.

// A link to an article, or a server that answers a missing file with its home page, gives HTML.
const WEB_PAGE = /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

export function parseDatasetText(text: string, options: ParseOptions = {}): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, error: { kind: 'empty', message: 'The dataset file is empty.' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const where = locateJsonSyntaxError(body);
    return {
      ok: false,
      error: {
        kind: 'syntax',
        line: where.line,
        column: where.column,
        message: `The dataset is not valid JSON: ${WEB_PAGE.test(body) ? 'it is a web page (HTML), not a dataset file; check that the address points to the file itself' : where.reason} (line ${where.line}, column ${where.column}).`,
      },
    };
  }
  return parseDatasetJson(json, options);
}
