import { type AssemblyProgress, DatasetAssembler } from './assemble-dataset';
import { DatasetLoadError } from './fetch-dataset-text';
import type { ParseResult } from './parse-dataset';
import type { ParseMessage } from './parse-protocol';
import type { WorkerRequest } from './parse-worker';

// Parsing runs in workers: a large dataset never freezes the page, and the schema library stays
// out of the first download. With two cores, two workers share the chunks while the page
// assembles what has arrived. Where workers are unavailable (a file:// page, a test runner),
// the same pipeline is loaded on demand and run here, yielding to the page between chunks.
export function parseOffMainThread(
  data: string | Uint8Array<ArrayBuffer>,
  onProgress: (progress: AssemblyProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return parseHere(data, onProgress);
  const count = Math.max(1, Math.min(MAX_WORKERS, globalThis.navigator?.hardwareConcurrency ?? 1));
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

/** More workers than two would only compete with the page for the same cores on most devices. */
const MAX_WORKERS = 2;

async function parseHere(
  data: string | Uint8Array,
  onProgress: (progress: AssemblyProgress) => void,
): Promise<ParseResult> {
  const { runParsePipeline } = await import('./parse-pipeline').catch(() => {
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
      result = assembler.accept(message) ?? result;
      onProgress(assembler.progress());
    },
    () => new Promise((resume) => setTimeout(resume, 0)),
  );
  if (!result) throw new Error('The parser stopped before the end of the file');
  return result;
}
