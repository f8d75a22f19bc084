import { type AssemblyProgress, DatasetAssembler } from './assemble-dataset';
import { DatasetLoadError } from './fetch-dataset-text';
import type { ParseResult } from './parse-dataset';
import type { ParseMessage } from './parse-protocol';
import type { WorkerRequest } from './parse-worker';

// A small file (the common embed) is read here on the page: starting a worker (fetching and
// compiling its script, then handing the bytes over) costs more than reading a few hundred
// kilobytes does, and the schema library is then fetched once (see MAIN_THREAD_MAX_BYTES). A
// large file is read in workers, so it never freezes the page: one reads, and a second, where
// there is a second core and the file is large enough to pay for its start, checks chunks too.
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
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  const count = sizeOf(data) > HELPER_MIN_BYTES && cores > 1 ? 2 : 1;
  return new Promise((resolve) => {
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < count; i++) {
        workers.push(new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }));
      }
    } catch {
      for (const worker of workers) worker.terminate();
      resolve(parseHere(data, onProgress));
      return;
    }
    // The reader is handed the bytes without a copy; the fallback keeps its own for the rare
    // worker that fails to start.
    const fallback = fallbackCopy(data);
    let settled = false;
    const settle = (result: ParseResult | Promise<ParseResult>) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) worker.terminate();
      resolve(result);
    };
    // Another dataset asked for, or the page gone: the workers stop rather than parse on.
    signal?.addEventListener('abort', () => settle(Promise.reject(signal.reason)), { once: true });
    const assembler = new DatasetAssembler();
    const [reader, helper] = workers;
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
        const result = assembler.accept(message.data);
        onProgress(assembler.progress());
        if (result) {
          performance.mark('bilateral:parsed');
          settle(result);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        settle(
          fallback === undefined
            ? Promise.reject(new DatasetLoadError('network', READER_FAILED))
            : parseHere(fallback, onProgress),
        );
      };
    }
    const channel = helper ? new MessageChannel() : undefined;
    if (helper && channel) {
      helper.postMessage({ role: 'helper', reader: channel.port2 } satisfies WorkerRequest, [
        channel.port2,
      ]);
    }
    const ports = channel ? [channel.port1] : [];
    if (typeof data === 'string') {
      reader?.postMessage(
        { role: 'reader', data, helper: channel?.port1 } satisfies WorkerRequest,
        ports,
      );
    } else {
      reader?.postMessage(
        { role: 'reader', data: data.buffer, helper: channel?.port1 } satisfies WorkerRequest,
        [data.buffer, ...ports],
      );
    }
  });
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
