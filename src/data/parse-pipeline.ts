import type { ArrivingBytes } from './arriving-bytes';
import { encodingWarning } from './encoding-warning';
import { outlineOf } from './event-outline';
import { decodeDatasetBytes } from './fetch-dataset-text';
import { type DatasetHeader, readDatasetHeader } from './parse-dataset';
import type { ChunkPlace, ChunkReport, ChunkTask, ParseMessage } from './parse-protocol';
import type { DatasetProblem } from './problems';
import { readDatasetText } from './read-dataset-text';
import { EventsArrayScanner, type ScanState } from './split-events-array';
import { type CheckedChunk, EventValidator } from './validate-events';

/** Events per message: small enough that the page turns each into objects in a few milliseconds. */
export const CHUNK_EVENTS = 2500;

/** Sends a message to the page; `transfer`: buffers handed over rather than copied. */
export type Post = (message: ParseMessage, transfer?: Transferable[]) => void;

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
 * formats, and anything unusual or broken, are read whole, so that the result and its messages
 * are always those of the whole-file parser. In a worker `pause` lets the helper's reports in;
 * on the page itself it yields to the browser between chunks.
 */
export async function runParsePipeline(
  data: string | Uint8Array | ArrivingBytes,
  post: Post,
  pause: () => Promise<void>,
  helper?: ChunkHelper,
): Promise<void> {
  // A lone surrogate cannot go into UTF-8 as it is (it would become U+FFFD): read whole.
  if (typeof data === 'string' && LONE_SURROGATE.test(data)) return readWhole(data, post, pause);
  let arriving = isArriving(data) ? data : undefined;
  if (arriving) {
    // A UTF-16 file says so in its first two bytes, and is decoded whole before it is scanned.
    while (!arriving.complete && arriving.bytes.length < 2) await arriving.more();
    if (isUtf16(arriving.bytes)) arriving = undefined;
  }
  let input = arriving
    ? { bytes: arriving.bytes, text: undefined, encoding: undefined }
    : asUtf8(isArriving(data) ? await data.whole() : data);
  const scanner = new EventsArrayScanner(input.bytes, !arriving || arriving.complete);
  /** Scans on to `elements` elements (or the end), waiting for bytes still to come. */
  const advance = async (elements: number): Promise<ScanState> => {
    let state = scanner.advance(elements);
    while (state === 'wait' && arriving) {
      await arriving.more();
      input = { ...input, bytes: arriving.bytes };
      scanner.extend(input.bytes, arriving.complete);
      state = scanner.advance(elements);
    }
    return state;
  };
  /** The whole file, for reading it whole. */
  const whole = async (): Promise<Utf8Input> =>
    arriving ? { ...input, bytes: await arriving.whole() } : input;
  const fileBytes = () => arriving?.expectedBytes ?? input.bytes.length;
  let header: ReturnType<typeof sliceableHeader>;
  let chunks = 0;
  let lossy = false;
  let state: ScanState = 'more';
  for (;;) {
    const first = chunks * CHUNK_EVENTS;
    if (state === 'more') state = await advance(first + CHUNK_EVENTS);
    // Chunks go out while the scan goes on only once the file has said it is a bilateral-events
    // file (as files say first); otherwise it is scanned to the end, and its own fields read,
    // before any is checked: a large TimelineJS file also has "events".
    if (state === 'more' && !scanner.saysBilateralEvents) {
      state = await advance(Number.POSITIVE_INFINITY);
    }
    if (state === 'unsplittable') break;
    if (state === 'end' && !header) {
      header = sliceableHeader(scanner.headerBytes());
      if (!header) break;
    }
    const count = Math.min(CHUNK_EVENTS, scanner.starts.length - first);
    if (count <= 0) break;
    const bytes = input.bytes.subarray(scanner.starts[first], scanner.ends[first + count - 1]);
    const place = { chunk: chunks, first, count, share: bytes.byteLength / fileBytes() };
    chunks++;
    if (helper?.hasRoom()) {
      helper.hand({ ...place, bytes: bytes.slice().buffer });
      continue;
    }
    const report = checkChunk(place, bytes, post);
    if (report.broken) return startOver(await whole(), post, pause);
    lossy ||= report.lossy;
    await pause();
  }
  if (!header) return startOver(await whole(), post, pause, chunks > 0);
  postHeader(post, header.header, scanner.starts.length, chunks, []);
  const helped = await helper?.finished();
  if (helped?.broken) return startOver(input, post, pause);
  lossy ||= header.lossy || (helped?.lossy ?? false);
  const encoding = input.encoding ?? (lossy ? encodingWarning(wholeText(input)) : undefined);
  post({ kind: 'end', problems: encoding ? [encoding] : [] });
}

/**
 * Told apart by shape, not class: the page's copy of the pipeline, which never reads a file as
 * it arrives, does without the class.
 */
function isArriving(data: string | Uint8Array | ArrivingBytes): data is ArrivingBytes {
  return typeof data === 'object' && 'more' in data;
}

/**
 * Decodes, parses and checks one chunk (the reader's own, or a task handed to a helper), and
 * posts its events. Posts nothing for a chunk that does not read as its records: the file is then
 * read whole, which says what is wrong and where.
 */
export function checkChunk(place: ChunkPlace, bytes: Uint8Array, post: Post): ChunkReport {
  const decoded = decodeSlice(bytes);
  let items: unknown;
  try {
    items = JSON.parse(`[${decoded.text}]`);
  } catch {
    return { broken: true, lossy: decoded.lossy };
  }
  // A trailing comma alone in its chunk ("[\n]") parses, to nothing: it is still broken.
  if (!Array.isArray(items) || items.length !== place.count) {
    return { broken: true, lossy: decoded.lossy };
  }
  const checked = new EventValidator({}).check(items, place.first);
  postChunk(post, place, bytes.slice(), checked);
  return { broken: false, lossy: decoded.lossy };
}

/**
 * Reads the file whole, after telling the page to drop what it was sent, when the slices cannot
 * be trusted: another format, or JSON that is broken somewhere (the whole-file parse says where).
 */
function startOver(
  input: Utf8Input,
  post: Post,
  pause: () => Promise<void>,
  sentSomething = true,
): Promise<void> {
  if (sentSomething) post({ kind: 'restart' });
  return readWhole(wholeText(input), post, pause);
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

const LONE_SURROGATE = /\p{Surrogate}/u;

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

/**
 * A small file that is all here, read on the page: the whole file parsed at once. The engine's
 * JSON parser reads a few hundred kilobytes in a few milliseconds, while following every byte in
 * script to find the events' slices (which only pays where slices go to workers, or arrive one by
 * one) took 10–35 ms more for the shipped dataset (320 KB as served), in the task before the
 * first view.
 * The result and its messages are the whole-file parser's, as for any file read whole.
 */
export function readWholeFile(
  data: string | Uint8Array,
  post: Post,
  pause: () => Promise<void>,
): Promise<void> {
  return readWhole(typeof data === 'string' ? data : decodeDatasetBytes(data).text, post, pause);
}

/** The ordinary path: the whole file parsed (or converted from CSV or TimelineJS) first. */
async function readWhole(text: string, post: Post, pause: () => Promise<void>): Promise<void> {
  const read = await readDatasetText(text);
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
  // The file's own fields and its events are read in tasks of their own (the page stays
  // responsive between them, as between chunks).
  await pause();
  const validator = new EventValidator({});
  for (let chunk = 0; chunk < chunkCount; chunk++) {
    const first = chunk * CHUNK_EVENTS;
    const items = header.events.slice(first, first + CHUNK_EVENTS);
    // Progress is counted in events here: the events are counted before the first chunk.
    const place = { chunk, first, count: items.length, share: 0 };
    postChunk(post, place, recordBytes(items), validator.check(items, first));
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
    eras: header.eras,
    stories: header.stories,
    eventCount,
    chunkCount,
    problems: [...extraProblems, ...header.problems],
  });
}

/** The records as a chunk carries them: UTF-8 JSON of the elements, without the brackets. */
function recordBytes(items: readonly unknown[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(items).slice(1, -1));
}

/** Posts a chunk's outlines and its records; the records' own copy of the bytes is handed over. */
function postChunk(
  post: Post,
  place: ChunkPlace,
  records: Uint8Array<ArrayBuffer>,
  checked: CheckedChunk,
): void {
  const { chunk, first, count, share } = place;
  const outlines = JSON.stringify(checked.events.map(([index, raw]) => outlineOf(raw, index)));
  post(
    {
      kind: 'events',
      chunk,
      records: records.buffer,
      first,
      count,
      outlines,
      share,
      problems: checked.problems,
    },
    [records.buffer],
  );
}
