import { useEffect, useState } from 'react';

/**
 * Runs `work` once the page has painted what it just drew and has nothing more urgent to do: for
 * work a first view can do without for a moment (the search index, rows below the fold), so the
 * timeline reaches the screen first. Returns a function that cancels it.
 *
 * An idle callback runs only after a frame has been committed and no task is waiting, so it never
 * comes between a render and its paint (a timer or a message set after a render can: measured
 * with bench-peers, 100 events, they ran with the re-render and layout they led to before the
 * timeline's paint). The timeout keeps a page that is never idle from waiting for ever. Where there
 * are no idle callbacks (Safari), a timer set in the next animation frame runs after its paint.
 */
export function afterFirstPaint(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    // No page to paint (a test runner without a DOM): soon, after the current work.
    timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Long enough for a busy first view to finish; short enough that nobody waits for the rest. */
const IDLE_TIMEOUT_MS = 500;

/**
 * False in a component's first render, true once that render has been painted and the page is
 * idle (afterFirstPaint). React's useDeferredValue does not promise that: its render may run
 * before the browser paints, and then the paint waits for it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterFirstPaint(() => setPainted(true)), []);
  return painted;
}
