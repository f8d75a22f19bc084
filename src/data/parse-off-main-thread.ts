import { type AssemblyProgress, DatasetAssembler } from './assemble-dataset';
import { DatasetLoadError, decodeDatasetBytes } from './fetch-dataset-text';
import type { ParseResult } from './parse-dataset';
import type { ParseMessage } from './parse-protocol';

// Parsing runs in a worker: a large dataset never freezes the page, and the schema library stays
// out of the first download. Where workers are unavailable (a file:// page, a test runner), the
// same pipeline is loaded on demand and run here, yielding to the page between chunks.
export function parseOffMainThread(
  data: string | Uint8Array<ArrayBuffer>,
  onProgress: (progress: AssemblyProgress) => void = () => {},
): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return parseHere(data, onProgress);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(parseHere(data, onProgress));
      return;
    }
    const assembler = new DatasetAssembler();
    worker.onmessage = (message: MessageEvent<ParseMessage>) => {
      // Marks for the benchmark's breakdown: file read by the worker, every event on the page.
      if (message.data.kind === 'header') performance.mark('bilateral:header');
      const result = assembler.accept(message.data);
      if (result) performance.mark('bilateral:parsed');
      onProgress(assembler.progress());
      if (result) {
        worker.terminate();
        resolve(result);
      }
    };
    // Bytes are handed over, not copied; decoding them is the worker's work too. The fallback
    // below keeps its own copy for the rare case of a worker that fails to start.
    const fallback = typeof data === 'string' ? data : data.slice();
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseHere(fallback, onProgress));
    };
    if (typeof data === 'string') worker.postMessage(data);
    else worker.postMessage(data.buffer, [data.buffer]);
  });
}

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
  const text = typeof data === 'string' ? data : decodeDatasetBytes(data);
  const assembler = new DatasetAssembler();
  let result: ParseResult | undefined;
  await runParsePipeline(
    text,
    (message) => {
      result = assembler.accept(message) ?? result;
      onProgress(assembler.progress());
    },
    () => new Promise((resume) => setTimeout(resume, 0)),
  );
  if (!result) throw new Error('The parser stopped before the end of the file');
  return result;
}
