import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

// The URL is the store: components read the parsed state, and write through `navigate`.
// Opening an event pushes a history entry (Back returns to the previous one); moving the window
// replaces the entry, batched, because browsers throttle frequent history writes.

const listeners = new Set<() => void>();
let cachedSearch: string | undefined;
let cached: ReturnType<typeof parseUrlState> | undefined;

function snapshot(): ReturnType<typeof parseUrlState> {
  const search = window.location.search;
  if (search !== cachedSearch || !cached) {
    cachedSearch = search;
    cached = parseUrlState(search);
  }
  return cached;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** The state the URL holds now, which may be newer than a render's (a key pressed since). */
export function currentUrlState(): UrlState {
  return snapshot().state;
}

export type NavigateMode = 'push' | 'replace';

export function navigate(next: UrlState, mode: NavigateMode): void {
  const url = `${window.location.pathname}${serializeUrlState(next)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  notify();
}

export function useUrlState() {
  const { state, warnings } = useSyncExternalStore(subscribe, snapshot, snapshot);
  const update = useCallback((change: Partial<UrlState>, mode: NavigateMode = 'replace') => {
    navigate({ ...snapshot().state, ...change }, mode);
  }, []);
  return { state, warnings, update };
}

/** Writes a fast-changing value (the window) to the URL once it has settled. */
export function useDebouncedUrlWrite<T>(value: T, write: (value: T) => void, delayMs = 400): void {
  useEffect(() => {
    const timer = window.setTimeout(() => write(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, write, delayMs]);
}
