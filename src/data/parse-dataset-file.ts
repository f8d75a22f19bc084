import { type AssemblyProgress, DatasetAssembler } from './assemble-dataset';
import { DatasetLoadError, type PieceSink } from './fetch-dataset-text';
import type { ParseResult } from './parse-dataset';
import type { ParseMessage } from './parse-protocol';
import type { WorkerRequest } from './parse-worker';

// A small file (the common embed) is read here on the page: starting a worker (fetching and
// compiling its script, then handing the bytes over) costs more than reading a few hundred
// kilobytes does, and the schema library is then fetched once (see MAIN_THREAD_MAX_BYTES). A
// large file is read in workers, so it never freezes the page: one reads, and a second, where
// there is a second core and the file is large enough to pay for its start, checks chunks too.
// A large file that is downloading is handed to the workers a piece at a time as it arrives
// (readWhileDownloading), so most of it is read by the time its last byte is in.
// Where workers are unavailable (a file:// page, a test runner) every file is read here,
// yielding to the page between chunks.
export function parseDatasetFile(
  data: string | Uint8Array<ArrayBuffer>,
  onProgress: (progress: AssemblyProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<ParseResult> {
  if (typeof Worker === 'undefined' || sizeOf(data) <= MAIN_THREAD_MAX_BYTES) {
    return parseHere(data, onProgress);
  }
  // The reader is handed the bytes without a copy; the fallback keeps its own for the rare
  // worker that fails to start.
  const fallback = fallbackCopy(data);
  const readers = startReaders(sizeOf(data), onProgress, signal, () =>
    fallback === undefined
      ? Promise.reject(new DatasetLoadError('network', READER_FAILED))
      : parseHere(fallback, onProgress),
  );
  if (!readers) return parseHere(data, onProgress);
  readers.read(data);
  return readers.result;
}

/**
 * A large file read in workers while it downloads: its pieces are handed over as they come.
 * `result` settles once it has all arrived and been read, or never, if the download is
 * abandoned (its failure is the one to report).
 */
export interface ReadingWhileDownloading extends PieceSink {
  readonly result: Promise<ParseResult>;
}

/**
 * Starts reading a file that is still downloading, when it will be read in workers (a large
 * file, announced as `expectedBytes`): undefined when it is to be read whole, on the page.
 */
export function readWhileDownloading(
  expectedBytes: number | undefined,
  onProgress: (progress: AssemblyProgress) => void,
  signal?: AbortSignal,
): ReadingWhileDownloading | undefined {
  if (typeof Worker === 'undefined' || (expectedBytes ?? 0) <= MAIN_THREAD_MAX_BYTES) {
    return undefined;
  }
  // No copy is kept for a worker that fails mid-file: the person is asked to retry.
  const readers = startReaders(expectedBytes ?? 0, onProgress, signal, () =>
    Promise.reject(new DatasetLoadError('network', READER_FAILED)),
  );
  if (!readers) return undefined;
  readers.read({ arriving: expectedBytes });
  // Pieces come as the network gives them (often 64 KB); gathered into larger ones, the reader
  // is woken, and a message sent, a few dozen times for a large file rather than a thousand.
  let gathered = new Uint8Array(PIECE_BYTES);
  let filled = 0;
  const send = () => {
    if (filled === 0) return;
    const piece = filled === gathered.length ? gathered : gathered.slice(0, filled);
    readers.reader.postMessage({ role: 'piece', bytes: piece.buffer } satisfies WorkerRequest, [
      piece.buffer,
    ]);
    gathered = new Uint8Array(PIECE_BYTES);
    filled = 0;
  };
  return {
    add: (piece) => {
      for (let at = 0; at < piece.length; ) {
        const taken = Math.min(piece.length - at, gathered.length - filled);
        gathered.set(piece.subarray(at, at + taken), filled);
        filled += taken;
        at += taken;
        if (filled === gathered.length) send();
      }
    },
    end: () => {
      send();
      readers.reader.postMessage({ role: 'end-of-file' } satisfies WorkerRequest);
    },
    abandon: readers.stop,
    result: readers.result,
  };
}

/** The size of the pieces a downloading file is handed to the reader in. */
const PIECE_BYTES = 1024 * 1024;

interface Readers {
  readonly reader: Worker;
  /** Stops the workers; the result stays unsettled. */
  stop(): void;
  /** Hands the reader the file (or says it will come in pieces), with the helper's port. */
  read(data: string | Uint8Array<ArrayBuffer> | { arriving: number | undefined }): void;
  readonly result: Promise<ParseResult>;
}

/** The reading worker and, for a file large enough, its helper; undefined if none can start. */
function startReaders(
  size: number,
  onProgress: (progress: AssemblyProgress) => void,
  signal: AbortSignal | undefined,
  whenReaderFails: () => Promise<ParseResult>,
): Readers | undefined {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  const count = size > HELPER_MIN_BYTES && cores > 1 ? 2 : 1;
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) {
      workers.push(new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }));
    }
  } catch {
    for (const worker of workers) worker.terminate();
    return undefined;
  }
  const [reader, helper] = workers as [Worker, Worker | undefined];
  let settled = false;
  let resolveResult: (result: ParseResult | Promise<ParseResult>) => void = () => {};
  const result = new Promise<ParseResult>((resolve) => {
    resolveResult = resolve;
  });
  const settle = (outcome: ParseResult | Promise<ParseResult>) => {
    if (settled) return;
    settled = true;
    for (const worker of workers) worker.terminate();
    resolveResult(outcome);
  };
  // Another dataset asked for, or the page gone: the workers stop rather than parse on.
  signal?.addEventListener('abort', () => settle(Promise.reject(signal.reason)), { once: true });
  const assembler = new DatasetAssembler();
  let helperRetired = false;
  for (const worker of workers) {
    worker.onmessage = (message: MessageEvent<ParseMessage>) => {
      if (settled || (worker === helper && helperRetired)) return;
      // Marks for the benchmark's breakdown: file scanned, every event on the page.
      if (message.data.kind === 'header') performance.mark('bilateral:header');
      if (message.data.kind === 'restart' && helper) {
        // The reader starts over alone; what the helper still sends belongs to the old reading.
        helperRetired = true;
        helper.terminate();
      }
      const assembled = assembler.accept(message.data);
      onProgress(assembler.progress());
      if (assembled) {
        performance.mark('bilateral:parsed');
        settle(assembled);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      settle(whenReaderFails());
    };
  }
  const channel = helper ? new MessageChannel() : undefined;
  if (helper && channel) {
    helper.postMessage({ role: 'helper', reader: channel.port2 } satisfies WorkerRequest, [
      channel.port2,
    ]);
  }
  const ports = channel ? [channel.port1] : [];
  return {
    reader,
    result,
    stop: () => {
      settled = true;
      for (const worker of workers) worker.terminate();
    },
    read: (data) => {
      const request = { role: 'reader', helper: channel?.port1 } as const;
      if (data instanceof Uint8Array) {
        reader.postMessage({ ...request, data: data.buffer } satisfies WorkerRequest, [
          data.buffer,
          ...ports,
        ]);
      } else {
        reader.postMessage({ ...request, data } satisfies WorkerRequest, ports);
      }
    },
  };
}

// Copying a large file for the rare worker that fails to start would cost every load its time
// and memory; such a failure then asks for a retry instead.
const FALLBACK_COPY_BYTES = 16 * 1024 * 1024;
const READER_FAILED = 'The part of the app that reads datasets stopped. Retry in a moment.';

function fallbackCopy(data: string | Uint8Array): string | Uint8Array | undefined {
  if (typeof data === 'string') return data;
  return data.byteLength <= FALLBACK_COPY_BYTES ? data.slice() : undefined;
}

/**
 * Up to this size a file is read on the page. Measured with headless Chromium on the shared
 * 2-core build machine while other jobs kept it busy (load average ~18), synthetic events of
 * ~380 bytes: reading 1,000 events (380 KB) on the page was one task of 60–70 ms, 2,500 (950 KB)
 * one of 75–85 ms, while through a worker the same files took as long or longer from arrival to
 * parsed (its script fetched and compiled, the bytes handed over: 90–600 ms, median ~140 ms, for
 * 1,000 events). Half a megabyte (about 1,300 such events; the shipped dataset is 220 KB) keeps
 * the page's one task near 50 ms; larger files go to workers so the page never freezes longer.
 */
export const MAIN_THREAD_MAX_BYTES = 512 * 1024;

/**
 * A second worker pays for its own start only when there are several chunks (CHUNK_EVENTS each)
 * to share. Measured the same way (data arrived → painted, medians of 6, machine heavily loaded):
 * 2,500 events in 950 KB, one chunk: 1,121 ms with one worker, 1,153 ms with two; 10,000 events
 * in 3.8 MB, four chunks: 1,643 ms with one, 1,288 ms with two.
 */
export const HELPER_MIN_BYTES = 2 * 1024 * 1024;

function sizeOf(data: string | Uint8Array): number {
  // A string's UTF-16 length is a lower bound of its UTF-8 size: close enough to choose by.
  return typeof data === 'string' ? data.length : data.byteLength;
}

/**
 * The page's own copy of the parser. Started early (see preloadParser) it downloads while the
 * dataset does; every later use shares the one download.
 */
let pipeline: Promise<typeof import('./parse-pipeline')> | undefined;

function loadPipeline(): Promise<typeof import('./parse-pipeline')> {
  pipeline ??= import('./parse-pipeline').catch((error: unknown) => {
    pipeline = undefined;
    throw error;
  });
  return pipeline;
}

/** Starts downloading the page's parser, for a file that will be read here. */
export function preloadParser(): void {
  loadPipeline().catch(() => {
    // Reported, in words, when the parser is actually needed (parseHere).
  });
}

async function parseHere(
  data: string | Uint8Array,
  onProgress: (progress: AssemblyProgress) => void,
): Promise<ParseResult> {
  const { runParsePipeline } = await loadPipeline().catch(() => {
    // Offline, a part of the app not downloaded yet cannot be: say so, and let Retry try again
    // (rather than show "TypeError: Failed to fetch dynamically imported module").
    throw new DatasetLoadError(
      'network',
      typeof navigator !== 'undefined' && navigator.onLine === false
        ? 'This device is offline, and the part of the app that reads datasets has not been downloaded yet. Retry once the connection is back.'
        : 'The part of the app that reads datasets could not be downloaded: the network failed. Retry in a moment.',
    );
  });
  const assembler = new DatasetAssembler();
  let result: ParseResult | undefined;
  await runParsePipeline(
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
