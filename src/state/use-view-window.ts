import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { TimeWindow } from '../domain/time-window';
import type { UrlState } from './url-state';
import { useDebouncedUrlWrite } from './use-url-state';
import { createViewWindowStore, type ViewWindowStore, type WindowMotion } from './view-window';

export interface ViewWindow {
  readonly window: TimeWindow;
  readonly motion: WindowMotion;
  readonly setWindow: ViewWindowStore['set'];
  /** The latest window, for callbacks that should not change at frame rate. */
  readonly current: () => TimeWindow;
  readonly written: ViewWindowStore['written'];
}

/** The explorer's visible window (see view-window.ts), its URL written once it settles. */
export function useViewWindow(
  urlWindow: TimeWindow | undefined,
  homeWindow: TimeWindow,
  update: (change: Partial<UrlState>) => void,
): ViewWindow {
  const [store] = useState(() => createViewWindowStore(urlWindow, homeWindow));
  const { window, motion } = useSyncExternalStore(store.subscribe, store.get, store.get);
  useEffect(() => store.fromUrl(urlWindow), [store, urlWindow]);
  const write = useCallback(() => {
    const next = store.toWrite();
    if (next) update({ window: next });
  }, [store, update]);
  useDebouncedUrlWrite(window, write);
  const current = useCallback(() => store.get().window, [store]);
  return { window, motion, setWindow: store.set, current, written: store.written };
}
