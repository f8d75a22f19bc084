import { encodingWarning } from './encoding-warning';
import { readAnyText } from './parse-any-text';
import { type DatasetHeader, parseDatasetText, readDatasetHeader } from './parse-dataset';
import type { ChunkTask, ParseMessage } from './parse-protocol';
import type { DatasetProblem } from './problems';
import { type SplitDataset, splitEventsArray } from './split-events-array';
import { type CheckedChunk, EventValidator } from './validate-events';

/** Events per message: small enough that the page turns each into objects in a few milliseconds. */
export const CHUNK_EVENTS = 2500;

type Post = (message: ParseMessage) => void;

/**
 * Reads a dataset file of any supported format and reports it as messages. A bilateral-events
 * file is read a slice of its events at a time; with a `helper`, every other slice is handed to
 * it (another worker, which checks it with `checkChunkTask`). Other formats, and anything
 * unusual, are read whole. In a worker `pause` does nothing; on the page itself it yields to the
 * browser between chunks.
 */
export async function runParsePipeline(
  text: string,
  post: Post,
  pause: () => Promise<void>,
  helper?: (task: ChunkTask) => void,
  /** The text was decoded from bytes that were all valid: no replacement character to report. */
  decodedCleanly = false,
): Promise<void> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const split = splitEventsArray(body);
  const header = split && sliceableHeader(split);
  if (split && header) await streamSlices(body, split, header, post, pause, helper, decodedCleanly);
  else await readWhole(text, post, pause);
}

/**
 * Checks a chunk handed over by the reading worker. Returns false when the chunk is not valid
 * JSON: only the reader has the whole file to say where, so it is told and rejects the file.
 */
export function checkChunkTask(task: ChunkTask, post: Post): boolean {
  let items: unknown[];
  try {
    items = JSON.parse(task.records);
  } catch {
    return false;
  }
  postChunk(
    post,
    task.chunk,
    task.records,
    task.first,
    new EventValidator({}).check(items, task.first),
  );
  return true;
}

/** The reader's answer when a helper found a chunk that is not valid JSON. */
export function rejectForSyntax(text: string, post: Post): void {
  const result = parseDatasetText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  post({
    kind: 'rejected',
    error: result.ok
      ? { kind: 'structure', path: 'events', message: 'The events could not be read.' }
      : result.error,
  });
}

/** The file's own fields, when it is a bilateral-events file whose events can be read in slices. */
function sliceableHeader(split: SplitDataset): DatasetHeader | undefined {
  let json: unknown;
  try {
    json = JSON.parse(split.headerText);
  } catch {
    return undefined;
  }
  // Other formats (a TimelineJS timeline also has "events") are converted by the whole-file path.
  if (
    typeof json !== 'object' ||
    json === null ||
    !('format' in json) ||
    json.format !== 'bilateral-events'
  ) {
    return undefined;
  }
  const headed = readDatasetHeader(json);
  return headed.ok ? headed.header : undefined;
}

async function streamSlices(
  body: string,
  split: SplitDataset,
  header: DatasetHeader,
  post: Post,
  pause: () => Promise<void>,
  helper: ((task: ChunkTask) => void) | undefined,
  decodedCleanly: boolean,
): Promise<void> {
  const total = split.starts.length;
  const chunkCount = Math.ceil(total / CHUNK_EVENTS);
  const encoding = decodedCleanly ? undefined : encodingWarning(body);
  postHeader(post, header, total, chunkCount, encoding ? [encoding] : []);
  const recordsOf = (chunk: number) => {
    const first = chunk * CHUNK_EVENTS;
    const last = Math.min(total, first + CHUNK_EVENTS) - 1;
    return { chunk, first, records: `[${body.slice(split.starts[first], split.ends[last])}]` };
  };
  // The helper's share first, so that it starts at once.
  if (helper) for (let chunk = 1; chunk < chunkCount; chunk += 2) helper(recordsOf(chunk));
  const validator = new EventValidator({});
  for (let chunk = 0; chunk < chunkCount; chunk += helper ? 2 : 1) {
    const { first, records } = recordsOf(chunk);
    let items: unknown[];
    try {
      items = JSON.parse(records);
    } catch {
      // A syntax error inside the events: the file is rejected whole, with its line and column.
      rejectForSyntax(body, post);
      return;
    }
    postChunk(post, chunk, records, first, validator.check(items, first));
    await pause();
  }
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
  const total = header.events.length;
  const chunkCount = Math.ceil(total / CHUNK_EVENTS);
  postHeader(post, header, total, chunkCount, read.importProblems);
  const validator = new EventValidator({});
  for (let chunk = 0; chunk < chunkCount; chunk++) {
    const first = chunk * CHUNK_EVENTS;
    const items = header.events.slice(first, first + CHUNK_EVENTS);
    postChunk(post, chunk, JSON.stringify(items), first, validator.check(items, first));
    await pause();
  }
}

function postHeader(
  post: Post,
  header: DatasetHeader,
  eventCount: number,
  chunkCount: number,
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
    chunkCount,
    problems: [...extraProblems, ...header.problems],
  });
}

function postChunk(
  post: Post,
  chunk: number,
  records: string,
  first: number,
  checked: CheckedChunk,
): void {
  const accepted = new Set(checked.events.map(([index]) => index));
  const rejected: number[] = [];
  for (let index = first; index < checked.checked; index++)
    if (!accepted.has(index)) rejected.push(index);
  post({ kind: 'events', chunk, records, first, rejected, problems: checked.problems });
}
