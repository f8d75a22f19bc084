import { describe, expect, it } from 'vitest';
import { createViewWindowStore } from './view-window';

const DAY = 86_400_000;
const home = { startMs: Date.UTC(2000, 0, 1), endMs: Date.UTC(2020, 0, 1) };
const y2010 = { startMs: Date.UTC(2010, 0, 1), endMs: Date.UTC(2011, 0, 1) };

describe('the view window store', () => {
  it('starts on the URL window, else home; code moves animate, gestures jump', () => {
    expect(createViewWindowStore(undefined, home).get().window).toBe(home);
    const store = createViewWindowStore(y2010, home);
    expect(store.get().window).toBe(y2010);
    store.set(home);
    expect(store.get()).toEqual({ window: home, motion: 'animate' });
    store.set(y2010, 'jump');
    expect(store.get()).toEqual({ window: y2010, motion: 'jump' });
  });

  it('writes a settled window to the URL once, and follows Back to another window', () => {
    const store = createViewWindowStore(y2010, home);
    expect(store.toWrite()).toBeUndefined();
    store.set(home, 'jump');
    expect(store.toWrite()).toBe(home);
    expect(store.toWrite()).toBeUndefined();
    // The URL is re-read with the same window (an event opened): nothing moves.
    store.set({ startMs: home.startMs + DAY / 2, endMs: home.endMs }, 'jump');
    store.fromUrl(home);
    expect(store.get().window.startMs).toBe(home.startMs + DAY / 2);
    // Back: the URL's window changes, and the view animates to it.
    let heard = 0;
    store.subscribe(() => heard++);
    store.fromUrl(y2010);
    expect(store.get()).toEqual({ window: y2010, motion: 'animate' });
    expect(heard).toBe(1);
  });
});
