import { type Selection, select } from 'd3-selection';
import 'd3-transition';
import {
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
  zoom,
  zoomIdentity,
  zoomTransform,
} from 'd3-zoom';
import { MAX_SPAN_MS, MIN_SPAN_MS, spanMs, type TimeWindow } from '../../domain/time-window';
import { type TimeDirection, type TimeScale, timeScale, windowOfScale } from '../model/time-scale';

// d3-zoom on the timeline's viewport: wheel, drag, double-click, pinch and double-tap, reported
// as windows through `transform.rescaleX` of a reference scale (the home window across the
// width). Windows set by code are pushed back into d3-zoom with a tag, so that the handler does
// not report its own echo (the pattern of xyflow's XYPanZoom); moves made by code are animated
// with d3-transition. No framework inside: the React hook around it is use-timeline-zoom.ts.

export interface ZoomFrame {
  /** The reference window: transform k = 1 shows it across the width. */
  readonly home: TimeWindow;
  /** Panning stops here: a margin past the first and last event. */
  readonly bounds: TimeWindow;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly direction: TimeDirection;
}

export interface TimelineZoomOptions {
  /** A person moved the view (each frame of a gesture). */
  readonly onGesture: (window: TimeWindow) => void;
  /** A frame of an animated move made by code; `done` on its last frame. */
  readonly onAnimationFrame: (window: TimeWindow, done: boolean) => void;
  /** In an embed the plain wheel scrolls the host page; Ctrl or ⌘ with the wheel zooms. */
  readonly wheelNeedsModifier: () => boolean;
  readonly reducedMotion: () => boolean;
}

export interface TimelineZoom {
  /** Sets the frame (width, direction, home); the view stays on `shown`. */
  readonly setFrame: (frame: ZoomFrame, shown: TimeWindow) => void;
  /** Shows `window`, animated or at once, without reporting it as a gesture. */
  readonly show: (window: TimeWindow, animate: boolean) => void;
  readonly destroy: () => void;
}

export const ANIMATION_MS = 300;
const WHEEL_LINE_PX = 16;
const WHEEL_PAGE_PX = 400;

/** The transform under which `reference` rescales to show `window`. */
export function transformFor(reference: TimeScale, window: TimeWindow): ZoomTransform {
  const [r0 = 0, r1 = 0] = reference.range();
  const a = reference(window.startMs);
  const b = reference(window.endMs);
  const k = (r1 - r0) / (b - a);
  return zoomIdentity.translate(r0 - k * a, 0).scale(k);
}

export function attachTimelineZoom(
  element: HTMLElement,
  options: TimelineZoomOptions,
): TimelineZoom {
  const selection: Selection<HTMLElement, unknown, null, undefined> = select(element);
  let reference = timeScale({ startMs: 0, endMs: 1 }, 1, 'ltr');
  // Set while code moves the view: 'animate' frames are reported as such, 'silent' ones not at all.
  let tag: 'silent' | 'animate' | 'gesture' | undefined;
  // Each animation's callbacks act only while it is the latest one.
  let generation = 0;

  const behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .filter(accepts)
    .clickDistance(4)
    .tapDistance(10)
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const window = windowOfScale(event.transform.rescaleX(reference));
      if (event.sourceEvent || tag === 'gesture') options.onGesture(window);
      else if (tag === 'animate') options.onAnimationFrame(window, false);
    });

  function accepts(event: Event): boolean {
    if (event instanceof WheelEvent) {
      // Sideways scrolling pans (below); an embed leaves the plain wheel to the host page.
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) return false;
      return !options.wheelNeedsModifier() || event.ctrlKey || event.metaKey;
    }
    // A double-click, or a double-tap (d3-zoom passes its touchend), on an event or a link is
    // theirs, not a zoom.
    if (event.type === 'dblclick' || event.type === 'touchend') {
      return !(event.target instanceof Element && event.target.closest('button, a'));
    }
    if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey;
    return true;
  }

  selection.call(behaviour);
  // d3-zoom sets touch-action: none; vertical swipes are the page's to scroll.
  element.style.touchAction = 'pan-y';

  // A swipe that starts vertical never reaches d3-zoom (which would cancel the page's scrolling).
  let swipe: { x: number; y: number; vertical: boolean | undefined } | undefined;
  const onTouchStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    swipe =
      event.touches.length === 1 && touch
        ? { x: touch.clientX, y: touch.clientY, vertical: undefined }
        : undefined;
  };
  const onTouchMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (!swipe || event.touches.length !== 1 || !touch) return;
    if (swipe.vertical === undefined) {
      const dx = touch.clientX - swipe.x;
      const dy = touch.clientY - swipe.y;
      if (Math.hypot(dx, dy) < 6) {
        event.stopImmediatePropagation();
        return;
      }
      swipe.vertical = Math.abs(dy) > Math.abs(dx);
    }
    if (swipe.vertical) event.stopImmediatePropagation();
  };
  element.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
  element.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });

  // Sideways wheel (a trackpad's two-finger swipe, Shift+wheel on some systems) pans.
  const onSideways = (event: WheelEvent) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    if (options.wheelNeedsModifier() && !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const unit = event.deltaMode === 1 ? WHEEL_LINE_PX : event.deltaMode === 2 ? WHEEL_PAGE_PX : 1;
    const { k } = zoomTransform(element);
    run('gesture', () => behaviour.translateBy(selection, (-event.deltaX * unit) / k, 0));
  };
  element.addEventListener('wheel', onSideways, { passive: false });

  function run(kind: typeof tag, action: () => void) {
    const before = tag;
    tag = kind;
    try {
      action();
    } finally {
      tag = before;
    }
  }

  return {
    setFrame(frame, shown) {
      reference = timeScale(frame.home, frame.widthPx, frame.direction);
      const homeSpan = spanMs(frame.home);
      const a = reference(frame.bounds.startMs);
      const b = reference(frame.bounds.endMs);
      behaviour
        .extent([
          [0, 0],
          [frame.widthPx, Math.max(1, frame.heightPx)],
        ])
        .scaleExtent([homeSpan / MAX_SPAN_MS, homeSpan / MIN_SPAN_MS])
        .translateExtent([
          [Math.min(a, b), Number.NEGATIVE_INFINITY],
          [Math.max(a, b), Number.POSITIVE_INFINITY],
        ])
        .duration(options.reducedMotion() ? 0 : ANIMATION_MS);
      generation++;
      selection.interrupt();
      run('silent', () => behaviour.transform(selection, transformFor(reference, shown)));
    },
    show(window, animate) {
      const target = transformFor(reference, window);
      const mine = ++generation;
      selection.interrupt();
      if (!animate || options.reducedMotion()) {
        run('silent', () => behaviour.transform(selection, target));
        return;
      }
      selection
        .transition()
        .duration(ANIMATION_MS)
        .on('start.tag', () => {
          if (mine === generation) tag = 'animate';
        })
        .on('end.tag interrupt.tag', () => {
          if (mine !== generation) return;
          tag = undefined;
          options.onAnimationFrame(window, true);
        })
        .call(behaviour.transform, target);
    },
    destroy() {
      selection.interrupt().on('.zoom', null);
      element.removeEventListener('touchstart', onTouchStart, { capture: true });
      element.removeEventListener('touchmove', onTouchMove, { capture: true });
      element.removeEventListener('wheel', onSideways);
    },
  };
}
