import type { ParseResult } from './parse-dataset';

// Parsing runs in a worker: a large dataset never freezes the page, and the schema library stays
// out of the first download. Where workers are unavailable (a file:// page, a test runner), the
// same parser is loaded on demand and run here.
export function parseOffMainThread(text: string): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return parseHere(text);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(parseHere(text));
      return;
    }
    worker.onmessage = (message: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseHere(text));
    };
    worker.postMessage(text);
  });
}

async function parseHere(text: string): Promise<ParseResult> {
  const { parseAnyText } = await import('./parse-any-text');
  return parseAnyText(text);
}
