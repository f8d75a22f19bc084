import {
  type Dispatch,
  type SetStateAction,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { DAY_MS, type TimeWindow } from '../../domain/time-window';
import type { UrlState } from '../../state/url-state';
import { useDebouncedUrlWrite } from '../../state/use-url-state';

function sameToTheDay(a: TimeWindow | undefined, b: TimeWindow | undefined): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.startMs - b.startMs) < DAY_MS && Math.abs(a.endMs - b.endMs) < DAY_MS;
}

export interface ViewWindow {
  readonly window: TimeWindow;
  readonly setWindow: Dispatch<SetStateAction<TimeWindow>>;
  /** The latest window, for callbacks that should not change at frame rate. */
  readonly current: () => TimeWindow;
  /** Tells the hook that a URL change made elsewhere (a pushed entry) already carries `window`. */
  readonly written: (window: TimeWindow) => void;
}

/**
 * The visible window. It moves at frame rate as a person zooms and pans; the URL follows once it
 * settles (to the day), and a change of the URL's own window — Back, Forward — moves it back.
 */
export function useViewWindow(
  urlWindow: TimeWindow | undefined,
  homeWindow: TimeWindow,
  update: (change: Partial<UrlState>) => void,
): ViewWindow {
  const [window, setWindow] = useState<TimeWindow>(urlWindow ?? homeWindow);
  const latest = useRef(window);
  latest.current = window;
  // The window the URL holds. The URL is re-read for other reasons (an event opened, a filter):
  // only a window different from this one is a real navigation.
  const inUrl = useRef(urlWindow);
  useEffect(() => {
    if (sameToTheDay(inUrl.current, urlWindow)) return;
    inUrl.current = urlWindow;
    if (urlWindow && !sameToTheDay(urlWindow, latest.current)) setWindow(urlWindow);
  }, [urlWindow]);
  const write = useCallback(
    (next: TimeWindow) => {
      if (sameToTheDay(next, inUrl.current)) return;
      inUrl.current = next;
      update({ window: next });
    },
    [update],
  );
  useDebouncedUrlWrite(window, write);
  const current = useCallback(() => latest.current, []);
  const written = useCallback((next: TimeWindow) => {
    inUrl.current = next;
  }, []);
  return { window, setWindow, current, written };
}
