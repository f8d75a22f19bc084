import { type AssemblyProgress, DatasetAssembler } from './assemble-dataset';
import { DatasetLoadError } from './fetch-dataset-text';
import type { ParseResult } from './parse-dataset';
import type { ReadingWhileDownloading } from './parse-dataset-file';
import type { ParseMessage } from './parse-protocol';
import type { WorkerRequest } from './parse-worker';

// A large file is read in workers, so it never freezes the page: one reads, and a second, where
// there is a second core and the file is large enough to pay for its start, checks chunks too.
// Loaded only for such a file (parse-dataset-file.ts decides): the first view, a small file
// read on the page, does without it.

/**
 * Reads a whole file in workers; undefined when no worker can start. `readHere` reads a copy on
 * the page if the reader fails (one is kept only for a file of moderate size).
 */
export function readInWorkers(
  data: string | Uint8Array<ArrayBuffer>,
  onProgress: (progress: AssemblyProgress) => void,
  signal: AbortSignal | undefined,
  readHere: (copy: string | Uint8Array) => Promise<ParseResult>,
): Promise<ParseResult> | undefined {
  // The reader is handed the bytes without a copy; the fallback keeps its own for the rare
  // worker that fails to start.
  const fallback = fallbackCopy(data);
  const readers = startReaders(sizeOf(data), onProgress, signal, () =>
    fallback === undefined
      ? Promise.reject(new DatasetLoadError('network', READER_FAILED))
      : readHere(fallback),
  );
  if (!readers) return undefined;
  readers.read(data);
  return readers.result;
}

/**
 * Reads a file in workers as it downloads; undefined when no worker can start (it is then read
 * on the page once it is in).
 */
export function readWhileDownloading(
  expectedBytes: number | undefined,
  onProgress: (progress: AssemblyProgress) => void,
  signal?: AbortSignal,
): ReadingWhileDownloading | undefined {
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
  if (signal?.aborted) settle(Promise.reject(signal.reason));
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
