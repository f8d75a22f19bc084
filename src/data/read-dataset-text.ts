import { encodingWarning } from './encoding-warning';
import { isTimelineJs } from './is-timelinejs';
import type { ReadResult } from './parse-any-text';

// The pipeline's way into readAnyText. A bilateral-events document (what nearly every visit
// loads) is read here directly; only another format (TimelineJS, CSV) or a broken file loads the
// converters and the error reporting, so they stay out of the first view's bytes
// (docs/architecture.md, the budget). The result is the same as readAnyText's.
export async function readDatasetText(text: string): Promise<ReadResult> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') {
    let json: unknown;
    let parsed = true;
    try {
      json = JSON.parse(body);
    } catch {
      parsed = false;
    }
    if (parsed && !isTimelineJs(json)) {
      const encoding = encodingWarning(text);
      return { ok: true, json, importProblems: encoding ? [encoding] : [] };
    }
  }
  const { readAnyText } = await import('./parse-any-text');
  return readAnyText(text);
}
