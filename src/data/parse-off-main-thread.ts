import { type ParseResult, parseDatasetText } from './parse-dataset';

// Below this size parsing is quicker than starting a worker and copying the result back.
const WORKER_THRESHOLD_CHARS = 512 * 1024;

export function parseOffMainThread(text: string): Promise<ParseResult> {
  if (text.length < WORKER_THRESHOLD_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve(parseDatasetText(text));
  }
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      // A page opened from file:// or under a policy without workers still loads, only slower.
      resolve(parseDatasetText(text));
      return;
    }
    worker.onmessage = (message: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseDatasetText(text));
    };
    worker.postMessage(text);
  });
}
