import { DAY_MS, type TimeWindow } from '../domain/time-window';

// The visible window, kept in one place with its URL sync. It moves at frame rate as a person
// zooms and pans; the URL follows once it settles (to the day), and a change of the URL's own
// window (Back, Forward, a pasted link) moves it back. A move says how it wants to be shown:
// animated (a move made by code) or at once (a drag on the overview, a gesture).

export type WindowMotion = 'animate' | 'jump';

export interface ViewWindowState {
  readonly window: TimeWindow;
  readonly motion: WindowMotion;
}

export interface ViewWindowStore {
  readonly get: () => ViewWindowState;
  readonly subscribe: (listener: () => void) => () => void;
  readonly set: (
    next: TimeWindow | ((now: TimeWindow) => TimeWindow),
    motion?: WindowMotion,
  ) => void;
  /** The URL's window was read (it may have changed by navigation): follow it if it is new. */
  readonly fromUrl: (urlWindow: TimeWindow | undefined) => void;
  /** The window to write to the URL now, or undefined when the URL already holds it. */
  readonly toWrite: () => TimeWindow | undefined;
  /** A URL change made elsewhere (a pushed history entry) already carries `window`. */
  readonly written: (window: TimeWindow) => void;
}

export function sameToTheDay(a: TimeWindow | undefined, b: TimeWindow | undefined): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.startMs - b.startMs) < DAY_MS && Math.abs(a.endMs - b.endMs) < DAY_MS;
}

export function createViewWindowStore(
  urlWindow: TimeWindow | undefined,
  homeWindow: TimeWindow,
): ViewWindowStore {
  let state: ViewWindowState = { window: urlWindow ?? homeWindow, motion: 'jump' };
  // The window the URL holds: the URL is re-read for other reasons (an event opened, a filter),
  // and only a window different from this one is a real navigation.
  let inUrl = urlWindow;
  const listeners = new Set<() => void>();
  const set: ViewWindowStore['set'] = (next, motion = 'animate') => {
    const window = typeof next === 'function' ? next(state.window) : next;
    if (window === state.window && motion === state.motion) return;
    state = { window, motion };
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
    fromUrl: (next) => {
      if (sameToTheDay(inUrl, next)) return;
      inUrl = next;
      if (next && !sameToTheDay(next, state.window)) set(next, 'animate');
    },
    toWrite: () => {
      if (sameToTheDay(state.window, inUrl)) return undefined;
      inUrl = state.window;
      return state.window;
    },
    written: (window) => {
      inUrl = window;
    },
  };
}
