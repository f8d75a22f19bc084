import { type AssemblyProgress, DatasetAssembler } from './assemble-dataset';
import { DatasetLoadError, type PieceSink } from './fetch-dataset-text';
import type { ParseResult } from './parse-dataset';
import { readWholeFile, runParsePipeline } from './parse-pipeline';

// A small file (the common embed) is read here on the page: starting a worker (fetching and
// compiling its script, then handing the bytes over) costs more than reading a few hundred
// kilobytes does (see MAIN_THREAD_MAX_BYTES). The page's parser is part of the app's own script:
// as a chunk of its own, preloaded beside it, it was compiled only once asked for, and reading
// 100 events waited 15–20 ms for that (bench-peers, traced). A large file is read in workers
// (read-in-workers.ts, loaded only for one), so it never freezes the page; a large file that is
// downloading is handed to them as it arrives (startReadingWhileDownloading). Where workers are unavailable (a file:// page, a test runner)
// every file is read here, yielding to the page between chunks.
export async function parseDatasetFile(
  data: string | Uint8Array<ArrayBuffer>,
  onProgress: (progress: AssemblyProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<ParseResult> {
  if (!readInWorkersAtSize(sizeOf(data))) return parseHere(data, onProgress);
  const { readInWorkers } = await loadWorkersPart();
  return (
    readInWorkers(data, onProgress, signal, (copy) => parseHere(copy, onProgress)) ??
    parseHere(data, onProgress)
  );
}

/**
 * Starts reading a file that is still downloading, when it will be read in workers (a large
 * file, announced as `expectedBytes`): undefined when it is to be read whole, once it is in.
 */
export async function startReadingWhileDownloading(
  expectedBytes: number | undefined,
  onProgress: (progress: AssemblyProgress) => void,
  signal?: AbortSignal,
): Promise<ReadingWhileDownloading | undefined> {
  if (!readInWorkersAtSize(expectedBytes ?? 0)) return undefined;
  const { readWhileDownloading } = await loadWorkersPart();
  return readWhileDownloading(expectedBytes, onProgress, signal);
}

/**
 * A large file read in workers while it downloads: its pieces are handed over as they come.
 * `result` settles once it has all arrived and been read, or never, if the download is
 * abandoned (its failure is the one to report).
 */
export interface ReadingWhileDownloading extends PieceSink {
  readonly result: Promise<ParseResult>;
}

/** Whether a file of this many bytes is read in workers (where there are any) or on the page. */
function readInWorkersAtSize(bytes: number): boolean {
  return typeof Worker !== 'undefined' && bytes > MAIN_THREAD_MAX_BYTES;
}

function loadWorkersPart(): Promise<typeof import('./read-in-workers')> {
  return import('./read-in-workers').catch(() => {
    throw new DatasetLoadError('network', partMissing());
  });
}

/**
 * Up to this size a file is read on the page. Measured with headless Chromium on the shared
 * 2-core build machine while other jobs kept it busy (load average ~18), synthetic events of
 * ~380 bytes: reading 1,000 events (380 KB) on the page was one task of 60–70 ms, 2,500 (950 KB)
 * one of 75–85 ms, while through a worker the same files took as long or longer from arrival to
 * parsed (its script fetched and compiled, the bytes handed over: 90–600 ms, median ~140 ms, for
 * 1,000 events). Half a megabyte (about 1,300 such events; the shipped dataset is 320 KB as
 * served) keeps the page's one task near 50 ms; larger files go to workers so the page never
 * freezes longer.
 */
export const MAIN_THREAD_MAX_BYTES = 512 * 1024;

function sizeOf(data: string | Uint8Array): number {
  // A string's UTF-16 length is a lower bound of its UTF-8 size: close enough to choose by.
  return typeof data === 'string' ? data.length : data.byteLength;
}

async function parseHere(
  data: string | Uint8Array,
  onProgress: (progress: AssemblyProgress) => void,
): Promise<ParseResult> {
  const assembler = new DatasetAssembler();
  let result: ParseResult | undefined;
  // A large file read here (where there are no workers) is followed a slice at a time, yielding
  // to the page between them; a small one is read whole, at once.
  const read = sizeOf(data) > MAIN_THREAD_MAX_BYTES ? runParsePipeline : readWholeFile;
  await read(
    data,
    (message) => {
      if (message.kind === 'header') performance.mark('bilateral:header');
      result = assembler.accept(message) ?? result;
      onProgress(assembler.progress());
    },
    () => new Promise((resume) => setTimeout(resume, 0)),
  );
  if (!result) throw new Error('The parser stopped before the end of the file');
  performance.mark('bilateral:parsed');
  return result;
}

/** Why a part of the app that loads on demand could not be had. */
function partMissing(): string {
  // Offline, a part of the app not downloaded yet cannot be: say so, and let Retry try again
  // (rather than show "TypeError: Failed to fetch dynamically imported module").
  return typeof navigator !== 'undefined' && navigator.onLine === false
    ? 'This device is offline, and the part of the app that reads datasets has not been downloaded yet. Retry once the connection is back.'
    : 'The part of the app that reads datasets could not be downloaded: the network failed. Retry in a moment.';
}
