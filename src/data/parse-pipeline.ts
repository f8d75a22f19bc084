import { encodingWarning } from './encoding-warning';
import { readAnyText } from './parse-any-text';
import { parseDatasetText, readDatasetHeader } from './parse-dataset';
import type { ParseMessage } from './parse-protocol';
import type { DatasetProblem } from './problems';
import { splitEventsArray } from './split-events-array';
import { EventValidator } from './validate-events';

/** Events per message: small enough that the page turns each into objects in a few milliseconds. */
export const CHUNK_EVENTS = 2500;

type Post = (message: ParseMessage) => void;

/**
 * Reads a dataset file of any supported format and reports it as messages. A bilateral-events
 * file is read a slice of its events at a time, so the page receives the first checked events
 * long before the last are parsed; other formats (and anything unusual) are read whole first. In
 * a worker `pause` does nothing; on the page itself it yields to the browser between chunks.
 */
export async function runParsePipeline(
  text: string,
  post: Post,
  pause: () => Promise<void>,
): Promise<void> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const split = splitEventsArray(body);
  if (split && (await streamSlices(body, split, post, pause))) return;
  await readWhole(text, post, pause);
}

/** The fast path. Returns false, having posted nothing, when the file needs the ordinary path. */
async function streamSlices(
  body: string,
  split: NonNullable<ReturnType<typeof splitEventsArray>>,
  post: Post,
  pause: () => Promise<void>,
): Promise<boolean> {
  let json: unknown;
  try {
    json = JSON.parse(split.headerText);
  } catch {
    return false;
  }
  // Other formats (a TimelineJS timeline also has "events") are converted by the whole-file path.
  if (
    typeof json !== 'object' ||
    json === null ||
    !('format' in json) ||
    json.format !== 'bilateral-events'
  ) {
    return false;
  }
  const headed = readDatasetHeader(json);
  if (!headed.ok) return false;
  const { header } = headed;
  const total = split.starts.length;
  const encoding = encodingWarning(body);
  postHeader(post, header, total, encoding ? [encoding] : []);
  const validator = new EventValidator(header.sources, {});
  for (let first = 0; first < total; first += CHUNK_EVENTS) {
    const last = Math.min(total, first + CHUNK_EVENTS) - 1;
    const records = `[${body.slice(split.starts[first], split.ends[last])}]`;
    let items: unknown[];
    try {
      items = JSON.parse(records);
    } catch {
      // A syntax error inside the events: the file is rejected whole, with its line and column.
      const result = parseDatasetText(body);
      post(
        result.ok
          ? {
              kind: 'rejected',
              error: {
                kind: 'structure',
                path: 'events',
                message: 'The events could not be read.',
              },
            }
          : { kind: 'rejected', error: result.error },
      );
      return true;
    }
    postChunk(post, records, first, validator.check(items, first));
    await pause();
  }
  post({ kind: 'done', problems: validator.finish() });
  return true;
}

/** The ordinary path: the whole file parsed (or converted from CSV or TimelineJS) first. */
async function readWhole(text: string, post: Post, pause: () => Promise<void>): Promise<void> {
  const read = readAnyText(text);
  if (!read.ok) {
    post({ kind: 'rejected', error: read.error });
    return;
  }
  const headed = readDatasetHeader(read.json);
  if (!headed.ok) {
    post({ kind: 'rejected', error: headed.error });
    return;
  }
  const { header } = headed;
  postHeader(post, header, header.events.length, read.importProblems);
  const validator = new EventValidator(header.sources, {});
  for (let first = 0; first < header.events.length; first += CHUNK_EVENTS) {
    const items = header.events.slice(first, first + CHUNK_EVENTS);
    postChunk(post, JSON.stringify(items), first, validator.check(items, first));
    await pause();
  }
  post({ kind: 'done', problems: validator.finish() });
}

function postHeader(
  post: Post,
  header: Extract<ReturnType<typeof readDatasetHeader>, { ok: true }>['header'],
  eventCount: number,
  extraProblems: readonly DatasetProblem[],
): void {
  post({
    kind: 'header',
    title: header.title,
    description: header.description,
    language: header.language,
    parties: header.parties,
    sources: [...header.sources.values()],
    eventCount,
    problems: [...extraProblems, ...header.problems],
  });
}

function postChunk(
  post: Post,
  records: string,
  first: number,
  checked: ReturnType<EventValidator['check']>,
): void {
  const accepted = new Set(checked.events.map(([index]) => index));
  const rejected: number[] = [];
  for (let index = first; index < checked.checked; index++)
    if (!accepted.has(index)) rejected.push(index);
  post({
    kind: 'events',
    records,
    first,
    rejected,
    checked: checked.checked,
    problems: checked.problems,
  });
}
