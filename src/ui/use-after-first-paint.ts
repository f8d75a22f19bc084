import { useEffect, useState } from 'react';

/**
 * False in a component's first render, true once the frame that first showed it has been painted
 * (and the frame after it has begun): for content a first view can do without for a moment, so the
 * timeline reaches the screen first. React's useDeferredValue does not promise that: its render
 * may run before the browser paints, and then the paint waits for it (measured with bench-peers,
 * 100 events: the event list's 100 rows rendered between the timeline's render and its paint).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setPainted(true));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
