import { onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetQueryOptions } from './dataset-query';

afterEach(() => {
  onlineManager.setOnline(true);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('datasetQueryOptions', () => {
  // Found by the network journeys (e2e/network.spec.ts): with TanStack's default network mode a
  // browser that reports no network paused the load, and the page said "Loading…" forever.
  it('tries the load even when the browser reports no network, and ends in a message', async () => {
    onlineManager.setOnline(false);
    vi.stubGlobal('navigator', { onLine: false });
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const client = new QueryClient();
    const options = { ...datasetQueryOptions('data/d.json', () => {}), retryDelay: 0 };
    await expect(client.fetchQuery(options)).rejects.toThrow('This device is offline');
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
