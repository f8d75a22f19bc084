import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./read-in-workers');
  vi.unstubAllGlobals();
  vi.resetModules();
});

// Found by the network journeys (e2e/network.spec.ts): offline, with the dataset at hand but a
// part of the app that reads it not yet downloaded, the alert read "TypeError: Failed to fetch
// dynamically imported module: …". The page's own parser is part of the app's script; the part
// that reads a large file in workers loads only for one.
describe('parseDatasetFile when the part that reads large files cannot be downloaded', () => {
  it.each([
    [false, 'This device is offline, and the part of the app that reads datasets'],
    [true, 'could not be downloaded: the network failed'],
  ])('(online: %s) says so in words, and Retry may help', async (onLine, message) => {
    vi.stubGlobal('navigator', { onLine });
    vi.stubGlobal('Worker', class {});
    vi.doMock('./read-in-workers', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { MAIN_THREAD_MAX_BYTES, parseDatasetFile } = await import('./parse-dataset-file');
    const { DatasetLoadError } = await import('./fetch-dataset-text');
    const large = new Uint8Array(MAIN_THREAD_MAX_BYTES + 1);
    const error = await parseDatasetFile(large).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error instanceof DatasetLoadError && error.retryable).toBe(true);
    expect(error instanceof Error && error.message).toContain(message);
  });
});

describe('parseDatasetFile chooses where to read a file by its size', () => {
  const dataset = (events: number) =>
    JSON.stringify({
      format: 'bilateral-events',
      version: 1,
      title: 'T',
      parties: [
        { code: 'PAK', name: 'Pakistan' },
        { code: 'CHN', name: 'China' },
      ],
      events: Array.from({ length: events }, (_, i) => ({
        id: `e-${i}`,
        date: '2024-01-21',
        title: `Event ${i} ${'x'.repeat(200)}`,
      })),
    });

  /** A stand-in Worker that records how many were started and answers nothing. */
  function countWorkers(): { started: () => number } {
    let started = 0;
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          started++;
        }
        postMessage() {}
        terminate() {}
      },
    );
    vi.stubGlobal('navigator', { hardwareConcurrency: 2, onLine: true });
    return { started: () => started };
  }

  it('reads a small file on the page: no worker is started', async () => {
    const workers = countWorkers();
    const { parseDatasetFile } = await import('./parse-dataset-file');
    const result = await parseDatasetFile(new TextEncoder().encode(dataset(50)));
    expect(result.ok && result.dataset.events.length).toBe(50);
    expect(workers.started()).toBe(0);
  });

  it('hands a larger file to one worker, and a much larger one to two', async () => {
    const workers = countWorkers();
    const { parseDatasetFile, MAIN_THREAD_MAX_BYTES } = await import('./parse-dataset-file');
    const { HELPER_MIN_BYTES } = await import('./read-in-workers');
    const perEvent = dataset(2).length - dataset(1).length;
    const bytes = (size: number) =>
      new TextEncoder().encode(dataset(Math.ceil(size / perEvent) + 1));
    const abort = new AbortController();
    const one = parseDatasetFile(bytes(MAIN_THREAD_MAX_BYTES), undefined, abort.signal);
    await vi.waitFor(() => expect(workers.started()).toBe(1));
    const two = parseDatasetFile(bytes(HELPER_MIN_BYTES), undefined, abort.signal);
    await vi.waitFor(() => expect(workers.started()).toBe(3));
    abort.abort();
    await expect(one).rejects.toBeDefined();
    await expect(two).rejects.toBeDefined();
  });
});
