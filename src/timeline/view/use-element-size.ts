import { type RefObject, startTransition, useLayoutEffect, useState } from 'react';

export interface Size {
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * The element's content size, kept current by a ResizeObserver (0×0 until measured or while
 * hidden). The first size is the observer's first report, made once the browser has laid out the
 * new page for its next frame: read in React's commit instead, it made the browser lay the page
 * out inside that task (a third of the first view's longest task, profiled). Each size is applied
 * as a transition, so what depends on it (the timeline's layout and drawing) renders in slices
 * that leave the page responsive, rather than in one long task.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ widthPx: 0, heightPx: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const widthPx = Math.round(element.clientWidth);
      const heightPx = Math.round(element.clientHeight);
      startTransition(() =>
        setSize((old) =>
          old.widthPx === widthPx && old.heightPx === heightPx ? old : { widthPx, heightPx },
        ),
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
