import { type RefObject, useLayoutEffect, useState } from 'react';

export interface Size {
  readonly widthPx: number;
  readonly heightPx: number;
}

/** The element's content size, kept current by a ResizeObserver (0×0 until measured or while hidden). */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ widthPx: 0, heightPx: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const widthPx = Math.round(element.clientWidth);
      const heightPx = Math.round(element.clientHeight);
      setSize((old) =>
        old.widthPx === widthPx && old.heightPx === heightPx ? old : { widthPx, heightPx },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
