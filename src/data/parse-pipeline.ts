import { encodingWarning } from './encoding-warning';
import { decodeDatasetBytes } from './fetch-dataset-text';
import { readAnyText } from './parse-any-text';
import { type DatasetHeader, parseDatasetText, readDatasetHeader } from './parse-dataset';
import type { ChunkReport, ChunkTask, ParseMessage } from './parse-protocol';
import type { DatasetProblem } from './problems';
import { EventsArrayScanner, type ScanState } from './split-events-array';
import { type CheckedChunk, EventValidator } from './validate-events';

/** Events per message: small enough that the page turns each into objects in a few milliseconds. */
export const CHUNK_EVENTS = 2500;

type Post = (message: ParseMessage) => void;

/** Another worker that checks some of the chunks (see parse-worker.ts). */
export interface ChunkHelper {
  /** Whether it would start on another chunk at once (it keeps one in hand while checking one). */
  hasRoom(): boolean;
  hand(task: ChunkTask): void;
  /** Once every chunk handed over is checked: what checking them found. */
  finished(): Promise<ChunkReport>;
}

/**
 * Reads a dataset file of any supported format and reports it as messages. A bilateral-events
 * file is scanned for its events' slices, and each slice of CHUNK_EVENTS events is decoded,
 * parsed and checked as soon as it is found: here, or by the `helper` when it has room. Other
 * formats, and anything unusual, are read whole. In a worker `pause` lets the helper's reports
 * in; on the page itself it yields to the browser between chunks.
 */
export async function runParsePipeline(
  data: string | Uint8Array,
  post: Post,
  pause: () => Promise<void>,
  helper?: ChunkHelper,
): Promise<void> {
  const input = asUtf8(data);
  const scanner = new EventsArrayScanner(input.bytes);
  let chunks = 0;
  let lossy = false;
  let state: ScanState = 'more';
  while (state === 'more') {
    const first = chunks * CHUNK_EVENTS;
    state = scanner.advance(first + CHUNK_EVENTS);
    const found = scanner.starts.length;
    if (state === 'unsplittable' || found === first) break;
    const bytes = input.bytes.subarray(scanner.starts[first], scanner.ends[found - 1]);
    if (helper?.hasRoom()) {
      helper.hand({ chunk: chunks, first, bytes: bytes.slice().buffer });
    } else {
      const report = checkChunk(bytes, chunks, first, post);
      if (report.broken) return rejectForSyntax(wholeText(input), post);
      lossy ||= report.lossy;
      await pause();
    }
    chunks++;
  }
  const header = state === 'end' ? sliceableHeader(scanner.headerBytes()) : undefined;
  if (!header) {
    if (chunks > 0) post({ kind: 'restart' });
    return readWhole(wholeText(input), post, pause);
  }
  postHeader(post, header.header, scanner.starts.length, chunks, []);
  const helped = await helper?.finished();
  if (helped?.broken) return rejectForSyntax(wholeText(input), post);
  lossy ||= header.lossy || (helped?.lossy ?? false);
  const encoding = input.encoding ?? (lossy ? encodingWarning(wholeText(input)) : undefined);
  post({ kind: 'end', problems: encoding ? [encoding] : [] });
}

/**
 * Decodes, parses and checks one chunk (the reader's own, or a task handed to a helper), and
 * posts its events. Posts nothing for a chunk that is not valid JSON: only the whole file can
 * say where the error is.
 */
export function checkChunk(
  bytes: Uint8Array,
  chunk: number,
  first: number,
  post: Post,
): ChunkReport {
  const decoded = decodeSlice(bytes);
  const records = `[${decoded.text}]`;
  let items: unknown[];
  try {
    items = JSON.parse(records);
  } catch {
    return { broken: true, lossy: decoded.lossy };
  }
  const checked = new EventValidator({}).check(items, first);
  postChunk(post, chunk, records, first, bytes.byteLength, checked);
  return { broken: false, lossy: decoded.lossy };
}

/** The reader's answer when a chunk is not valid JSON: the whole file's error, with its place. */
export function rejectForSyntax(text: string, post: Post): void {
  const result = parseDatasetText(text);
  post({
    kind: 'rejected',
    error: result.ok
      ? { kind: 'structure', path: 'events', message: 'The events could not be read.' }
      : result.error,
  });
}

interface Utf8Input {
  readonly bytes: Uint8Array;
  /** The text, when it was given or had to be decoded whole to become UTF-8. */
  readonly text: string | undefined;
  /** Said of a text that was not all readable before it came here. */
  readonly encoding: DatasetProblem | undefined;
}

/** The file as UTF-8 bytes, the only encoding the scanner follows. */
function asUtf8(data: string | Uint8Array): Utf8Input {
  if (typeof data === 'string') {
    // Text that was decoded elsewhere may hold U+FFFD for bytes that could not be read.
    return { bytes: new TextEncoder().encode(data), text: data, encoding: encodingWarning(data) };
  }
  if (!isUtf16(data)) return { bytes: data, text: undefined, encoding: undefined };
  const decoded = decodeDatasetBytes(data);
  return {
    bytes: new TextEncoder().encode(decoded.text),
    text: decoded.text,
    encoding: decoded.lossy ? encodingWarning(decoded.text) : undefined,
  };
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function wholeText(input: Utf8Input): string {
  return input.text ?? decodeDatasetBytes(input.bytes).text;
}

/**
 * A slice of UTF-8 from the middle of the file. A leading U+FEFF is kept, not taken for a
 * byte-order mark: JSON.parse then fails on it as it would in the whole file. Invalid bytes become
 * U+FFFD, as they would had the whole file been decoded, since slices are cut at ASCII commas.
 */
function decodeSlice(bytes: Uint8Array): { text: string; lossy: boolean } {
  try {
    return { text: strictSlices.decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), lossy: true };
  }
}

const strictSlices = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's own fields, when it is a bilateral-events file whose events can be read in slices. */
function sliceableHeader(bytes: Uint8Array): { header: DatasetHeader; lossy: boolean } | undefined {
  // The file's start, where a byte-order mark is one, and is dropped by the decoder.
  const decoded = decodeDatasetBytes(bytes);
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
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
  return headed.ok ? { header: headed.header, lossy: decoded.lossy } : undefined;
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
    // Progress is counted in events here: the file's size says nothing once it is converted.
    postChunk(post, chunk, JSON.stringify(items), first, 0, validator.check(items, first));
    await pause();
  }
  post({ kind: 'end', problems: [] });
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
  bytes: number,
  checked: CheckedChunk,
): void {
  const accepted = new Set(checked.events.map(([index]) => index));
  const rejected: number[] = [];
  for (let index = first; index < checked.checked; index++)
    if (!accepted.has(index)) rejected.push(index);
  post({ kind: 'events', chunk, records, first, rejected, bytes, problems: checked.problems });
}
