import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../domain/types';
import type { AssemblyProgress } from './assemble-dataset';
import { readEmbeddedDataset } from './embedded-dataset';
import { DatasetLoadError, type DownloadProgress, fetchDatasetBytes } from './fetch-dataset-text';
import { MAIN_THREAD_MAX_BYTES, parseDatasetFile, preloadParser } from './parse-dataset-file';
import type { DatasetFileError, DatasetProblem } from './problems';

export type LoadProgress =
  | { readonly phase: 'download'; readonly download: DownloadProgress }
  | ({ readonly phase: 'prepare' } & AssemblyProgress);

export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly problems: readonly DatasetProblem[];
}

/** A file that arrived but cannot be read as a dataset at all. */
export class DatasetFileRejected extends Error {
  constructor(readonly detail: DatasetFileError) {
    super(detail.message);
    this.name = 'DatasetFileRejected';
  }
}

export function datasetQueryOptions(url: string, onProgress: (progress: LoadProgress) => void) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      let parserStarted = false;
      const data =
        readEmbeddedDataset(url) ??
        (await fetchDatasetBytes(url, {
          signal,
          onProgress: (download) => {
            // A file that will be read on the page (small, or of a size the server does not
            // say) has the parser downloaded alongside, not after it.
            const { totalBytes } = download;
            if (!parserStarted && (totalBytes ?? 0) <= MAIN_THREAD_MAX_BYTES) {
              parserStarted = true;
              preloadParser();
            }
            onProgress({ phase: 'download', download });
          },
        }));
      // The benchmark measures from here: the data has arrived, everything after is ours.
      performance.mark('bilateral:data-received');
      onProgress({ phase: 'prepare', eventsDone: 0, eventsTotal: 0, fraction: undefined });
      const result = await parseDatasetFile(
        data,
        (assembly) => onProgress({ phase: 'prepare', ...assembly }),
        signal,
      );
      if (!result.ok) throw new DatasetFileRejected(result.error);
      return { dataset: result.dataset, problems: result.problems };
    },
    // Only failures that another attempt can fix are retried; a bad file stays bad.
    retry: (failureCount, error) =>
      error instanceof DatasetLoadError && error.retryable && failureCount < 2,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 4000),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    // The fetch itself says when the network is down, and the person gets a message with Retry.
    // TanStack's default ('online') would instead pause while the browser reports no network:
    // "Loading…" forever, and not even an embedded or file:// dataset read offline.
    networkMode: 'always',
  });
}
