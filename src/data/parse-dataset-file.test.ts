import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./parse-pipeline');
  vi.unstubAllGlobals();
  vi.resetModules();
});

// Found by the network journeys (e2e/network.spec.ts): offline, with the dataset at hand but the
// parser's module not yet downloaded, the alert read "TypeError: Failed to fetch dynamically
// imported module: …/parse-pipeline-….js".
describe('parseDatasetFile when the parser cannot be downloaded', () => {
  it.each([
    [false, 'This device is offline, and the part of the app that reads datasets'],
    [true, 'could not be downloaded: the network failed'],
  ])('(online: %s) says so in words, and Retry may help', async (onLine, message) => {
    vi.stubGlobal('navigator', { onLine });
    vi.doMock('./parse-pipeline', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { parseDatasetFile } = await import('./parse-dataset-file');
    const { DatasetLoadError } = await import('./fetch-dataset-text');
    const error = await parseDatasetFile('{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error instanceof DatasetLoadError && error.retryable).toBe(true);
    expect(error instanceof Error && error.message).toContain(message);
  });
});
