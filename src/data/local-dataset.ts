import { useSyncExternalStore } from 'react';

// A dataset file opened from this device (the "Open file" control or a drop on the page). It is
// read here and never uploaded; every mode that loads the dataset (useDataset) shows it instead
// of the URL's, until the page is reloaded. The File is kept, not its bytes: reading it again is
// how Retry starts over, since the bytes are handed to a worker and gone from the page.

export interface LocalDataset {
  readonly file: File;
  /** Counts the files opened, so that opening the same file again reads it afresh. */
  readonly serial: number;
}

let current: LocalDataset | undefined;
const listeners = new Set<() => void>();

export function openLocalDataset(file: File): void {
  current = { file, serial: (current?.serial ?? 0) + 1 };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The file opened from this device, if any. */
export function useLocalDataset(): LocalDataset | undefined {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  );
}
