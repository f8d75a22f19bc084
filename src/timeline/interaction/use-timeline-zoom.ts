import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import type { TimeWindow } from '../../domain/time-window';
import type { WindowMotion } from '../../state/view-window';
import type { TimeDirection } from '../model/time-scale';
import { attachTimelineZoom, type TimelineZoom } from './timeline-zoom';

export interface TimelineZoomProps {
  /** The window wanted (the explorer's state). */
  readonly window: TimeWindow;
  readonly motion: WindowMotion;
  readonly home: TimeWindow;
  readonly bounds: TimeWindow;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly direction: TimeDirection;
  /** A person moved the view. */
  readonly onGesture: (window: TimeWindow) => void;
  readonly wheelNeedsModifier: boolean;
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * d3-zoom on `ref`'s element, kept in step with the wanted window. Returns the window to draw:
 * the wanted one, or a frame of the animation towards it when code moved it.
 */
export function useTimelineZoom(
  ref: RefObject<HTMLElement | null>,
  props: TimelineZoomProps,
): TimeWindow {
  const { window, motion, home, bounds, widthPx, heightPx, direction } = props;
  const [animationFrame, setAnimationFrame] = useState<TimeWindow | undefined>(undefined);
  const zoomRef = useRef<TimelineZoom | undefined>(undefined);
  // The last window a gesture reported: when it comes back as the wanted window, it is an echo.
  const reported = useRef<TimeWindow | undefined>(undefined);
  const synced = useRef<TimeWindow | undefined>(undefined);
  const latest = useRef(props);
  latest.current = props;

  // Until the animation towards a new window has started, the view stays where it was.
  const willAnimate =
    window !== synced.current &&
    window !== reported.current &&
    synced.current !== undefined &&
    motion === 'animate' &&
    widthPx > 0 &&
    !reducedMotion();
  const willAnimateRef = useRef(false);
  willAnimateRef.current = willAnimate;
  const shownRef = useRef(window);
  const shown = willAnimate ? shownRef.current : (animationFrame ?? window);
  shownRef.current = shown;

  // Attached before the layout effects below first push a frame and a window into it.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const zoom = attachTimelineZoom(element, {
      onGesture: (next) => {
        reported.current = next;
        setAnimationFrame(undefined);
        latest.current.onGesture(next);
      },
      onAnimationFrame: (next, done) => setAnimationFrame(done ? undefined : next),
      wheelNeedsModifier: () => latest.current.wheelNeedsModifier,
      reducedMotion,
    });
    zoomRef.current = zoom;
    return () => {
      zoom.destroy();
      zoomRef.current = undefined;
    };
  }, [ref]);

  useLayoutEffect(() => {
    if (widthPx === 0) return;
    zoomRef.current?.setFrame(
      { home, bounds, widthPx, heightPx, direction },
      latest.current.window,
    );
    setAnimationFrame(undefined);
  }, [home, bounds, widthPx, heightPx, direction]);

  useLayoutEffect(() => {
    // Not before the frame is set: d3-zoom would read the element's size itself, forcing a
    // layout of the page in the middle of its first commit.
    if (widthPx === 0 || window === synced.current) return;
    const animate = willAnimateRef.current;
    synced.current = window;
    // A gesture's own window coming back: d3-zoom is already there.
    if (window === reported.current) return;
    zoomRef.current?.show(window, animate);
    if (!animate) setAnimationFrame(undefined);
  });

  return shown;
}
