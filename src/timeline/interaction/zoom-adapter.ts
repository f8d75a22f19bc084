import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity } from 'd3-zoom';
import { MAX_SPAN_MS, MIN_SPAN_MS, type TimeWindow } from '../model/time-window';

// d3-zoom listens on one element and reports new windows; it knows nothing of React.
// The window is the truth. d3-zoom's transform is only a delta from `base`, the window at the
// identity transform. A window set by code (a key, a deep link, a cluster) becomes the new base
// and the transform is reset to identity under a flag, so the handler ignores its own echo.

export interface ZoomAdapter {
  /** Make a window set by code the current one, without reporting it back. */
  sync(window: TimeWindow, widthPx: number): void;
  /** The last window this adapter reported: a React effect compares against it to skip echoes. */
  readonly lastReported: TimeWindow | undefined;
  destroy(): void;
}

export function attachZoom(
  element: HTMLElement,
  initial: TimeWindow,
  initialWidthPx: number,
  onWindow: (window: TimeWindow) => void,
): ZoomAdapter {
  let base = initial;
  let widthPx = initialWidthPx;
  let programmatic = false;
  let lastReported: TimeWindow | undefined;
  const selection = select(element);

  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    // Buttons inside the timeline keep their clicks; a double click on an event opens it.
    .filter((event: Event) => {
      if (event.type === 'dblclick') return !isInsideControl(event.target);
      if (event instanceof MouseEvent && event.type === 'mousedown') return event.button === 0;
      return true;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (programmatic) return;
      const { k, x } = event.transform;
      const span = base.endMs - base.startMs;
      const window = {
        startMs: base.startMs + (-x / k / widthPx) * span,
        endMs: base.startMs + ((widthPx - x) / k / widthPx) * span,
      };
      lastReported = window;
      onWindow(window);
    });

  const reset = (window: TimeWindow, width: number) => {
    base = window;
    widthPx = Math.max(1, width);
    const span = window.endMs - window.startMs;
    behavior.scaleExtent([span / MAX_SPAN_MS, span / MIN_SPAN_MS]);
    programmatic = true;
    selection.call(behavior.transform, zoomIdentity);
    programmatic = false;
  };

  selection.call(behavior);
  reset(initial, initialWidthPx);

  return {
    sync: reset,
    get lastReported() {
      return lastReported;
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}

function isInsideControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, input, select, textarea') !== null;
}
