import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../domain/types';
import type { AssemblyProgress } from './assemble-dataset';
import { readEmbeddedDataset } from './embedded-dataset';
import {
  DatasetLoadError,
  type DownloadProgress,
  fetchDatasetBytes,
  MAX_DATASET_BYTES,
} from './fetch-dataset-text';
import type { LocalDataset } from './local-dataset';
import type { ParseResult } from './parse-dataset';
import {
  parseDatasetFile,
  type ReadingWhileDownloading,
  startReadingWhileDownloading,
} from './parse-dataset-file';
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
      const embedded = readEmbeddedDataset(url);
      if (embedded !== undefined) return parseLoaded(embedded, onProgress, signal);
      // A large file is read while it downloads; what reading it has done is shown once the
      // download is over (until then the download's own progress is the one that counts).
      let reading: ReadingWhileDownloading | undefined;
      let downloaded = false;
      let readSoFar: AssemblyProgress | undefined;
      const onAssembly = (assembly: AssemblyProgress) => {
        readSoFar = assembly;
        if (downloaded) onProgress({ phase: 'prepare', ...assembly });
      };
      const data = await fetchDatasetBytes(isGoogleSheet(url) ? await sheetAsCsv(url) : url, {
        signal,
        onProgress: (download) => onProgress({ phase: 'download', download }),
        streamTo: async (totalBytes) => {
          reading = await startReadingWhileDownloading(totalBytes, onAssembly, signal);
          return reading;
        },
      });
      // Without a sink, the bytes come back whole.
      if (!reading) return parseLoaded(data ?? new Uint8Array(), onProgress, signal);
      // The benchmark measures from here: the data has arrived, everything after is ours.
      performance.mark('bilateral:data-received');
      downloaded = true;
      onProgress({
        phase: 'prepare',
        eventsDone: 0,
        eventsTotal: 0,
        fraction: undefined,
        ...readSoFar,
      });
      return loaded(await reading.result);
    },
    ...LOAD_OPTIONS,
  });
}

function isGoogleSheet(url: string): boolean {
  return url.includes('docs.google.com');
}

/**
 * A Google Sheets address is read as the CSV Google exports the sheet as. The rewriting is loaded
 * only for such an address: nearly every visit loads a dataset from its own site.
 */
async function sheetAsCsv(url: string): Promise<string> {
  const { googleSheetCsvUrl } = await import('./google-sheet-url');
  return googleSheetCsvUrl(url) ?? url;
}

/** A file opened from this device: read here, through the same pipeline, nothing uploaded. */
export function localDatasetQueryOptions(
  local: LocalDataset,
  onProgress: (progress: LoadProgress) => void,
) {
  return queryOptions({
    queryKey: ['dataset', 'local-file', String(local.serial), local.file.name],
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      if (local.file.size > MAX_DATASET_BYTES) {
        throw new DatasetLoadError(
          'too-large',
          `The file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB.`,
        );
      }
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(await local.file.arrayBuffer());
      } catch {
        // The file was moved, deleted or changed since it was chosen: choosing it again helps.
        throw new DatasetLoadError(
          'network',
          `“${local.file.name}” could not be read from this device. Open it again.`,
        );
      }
      return parseLoaded(bytes, onProgress, signal);
    },
    ...LOAD_OPTIONS,
  });
}

async function parseLoaded(
  data: string | Uint8Array<ArrayBuffer>,
  onProgress: (progress: LoadProgress) => void,
  signal: AbortSignal,
): Promise<LoadedDataset> {
  // The benchmark measures from here: the data has arrived, everything after is ours.
  performance.mark('bilateral:data-received');
  onProgress({ phase: 'prepare', eventsDone: 0, eventsTotal: 0, fraction: undefined });
  const result = await parseDatasetFile(
    data,
    (assembly) => onProgress({ phase: 'prepare', ...assembly }),
    signal,
  );
  return loaded(result);
}

function loaded(result: ParseResult): LoadedDataset {
  if (!result.ok) throw new DatasetFileRejected(result.error);
  return { dataset: result.dataset, problems: result.problems };
}

const LOAD_OPTIONS = {
  // Only failures that another attempt can fix are retried; a bad file stays bad.
  retry: (failureCount: number, error: Error) =>
    error instanceof DatasetLoadError && error.retryable && failureCount < 2,
  retryDelay: (attempt: number) => Math.min(1000 * 2 ** attempt, 4000),
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: 5 * 60_000,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  // The page's dataset is asked for before the first render (main.tsx): a load that failed then is
  // shown with its message and Retry, not silently asked for again as the page mounts.
  retryOnMount: false,
  // The fetch itself says when the network is down, and the person gets a message with Retry.
  // TanStack's default ('online') would instead pause while the browser reports no network:
  // "Loading…" forever, and not even an embedded or file:// dataset read offline.
  networkMode: 'always',
} as const;
