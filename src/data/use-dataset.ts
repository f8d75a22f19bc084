import { type QueryClient, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { datasetQueryOptions, type LoadProgress, localDatasetQueryOptions } from './dataset-query';
import { useLocalDataset } from './local-dataset';

// A dataset's load can start before any component shows it (the page asks for its dataset before
// its first render: see prefetchDataset), so its progress goes through here to whoever shows that
// dataset (the next report reaches one that mounts during the load).
const progressListeners = new Map<string, Set<(progress: LoadProgress) => void>>();

function reportProgress(url: string): (progress: LoadProgress) => void {
  return (progress) => {
    for (const listener of progressListeners.get(url) ?? []) listener(progress);
  };
}

function datasetQuery(url: string) {
  return datasetQueryOptions(url, reportProgress(url));
}

/** Starts loading the dataset at `url` into `client`; settles once it is loaded or has failed. */
export function prefetchDataset(client: QueryClient, url: string): Promise<void> {
  return client.prefetchQuery(datasetQuery(url));
}

/**
 * The dataset at `url`, or the file opened from this device, with what a loading screen needs to
 * show. Shared by every mode.
 */
export function useDataset(url: string) {
  const [progress, setProgress] = useState<LoadProgress | undefined>();
  useEffect(() => {
    const listeners = progressListeners.get(url) ?? new Set();
    progressListeners.set(url, listeners);
    listeners.add(setProgress);
    return () => {
      listeners.delete(setProgress);
    };
  }, [url]);
  const local = useLocalDataset();
  const query = useQuery(local ? localDatasetQueryOptions(local, setProgress) : datasetQuery(url));
  const retry = () => {
    setProgress(undefined);
    void query.refetch();
  };
  return { query, progress, retry, local };
}
