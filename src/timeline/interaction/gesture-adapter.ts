import { clampWindow, panWindow, type TimeWindow, zoomWindow } from '../../domain/time-window';

// Wheel, drag and pinch on one element, reported as new windows. The maths is in window terms
// from the gesture's start (never accumulated deltas), so nothing drifts and a window set by code
// between gestures needs no echo suppression. Pointer Events cover mouse, pen and touch alike;
// CSS `touch-action: pan-y` leaves vertical page scrolling to the browser on phones.

export interface GestureOptions {
  readonly getWindow: () => TimeWindow;
  readonly getWidthPx: () => number;
  readonly onWindow: (window: TimeWindow) => void;
  /** Embedded pages leave the plain wheel to the host page's scrolling. */
  readonly wheelNeedsModifier: () => boolean;
  /** Time runs right to left: positions are measured from the right edge. */
  readonly isRtl: () => boolean;
}

const DRAG_THRESHOLD_PX = 4;

export function attachGestures(element: HTMLElement, options: GestureOptions): () => void {
  const pointers = new Map<number, number>();
  let gesture:
    | { kind: 'pending' | 'drag'; pointerId: number; startX: number; start: TimeWindow }
    | { kind: 'pinch'; anchorsMs: [number, number] }
    | undefined;
  let suppressClick = false;

  const localX = (clientX: number) => {
    const box = element.getBoundingClientRect();
    return options.isRtl() ? box.right - clientX : clientX - box.left;
  };
  const msAt = (window: TimeWindow, xPx: number) =>
    window.startMs + (xPx / options.getWidthPx()) * (window.endMs - window.startMs);

  const onWheel = (event: WheelEvent) => {
    const zoomIntent = Math.abs(event.deltaY) >= Math.abs(event.deltaX);
    if (options.wheelNeedsModifier() && !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    const window = options.getWindow();
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    if (zoomIntent) {
      const factor = 2 ** ((event.deltaY * unit) / 500);
      options.onWindow(zoomWindow(window, factor, msAt(window, localX(event.clientX))));
    } else {
      const spanPerPx = (window.endMs - window.startMs) / options.getWidthPx();
      const direction = options.isRtl() ? -1 : 1;
      options.onWindow(panWindow(window, direction * event.deltaX * unit * spanPerPx));
    }
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.set(event.pointerId, localX(event.clientX));
    if (pointers.size === 2) {
      const window = options.getWindow();
      const [a = 0, b = 0] = pointers.values();
      gesture = { kind: 'pinch', anchorsMs: [msAt(window, a), msAt(window, b)] };
      for (const id of pointers.keys()) capture(id);
    } else if (pointers.size === 1) {
      gesture = {
        kind: 'pending',
        pointerId: event.pointerId,
        startX: localX(event.clientX),
        start: options.getWindow(),
      };
    }
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!pointers.has(event.pointerId) || !gesture) return;
    const xPx = localX(event.clientX);
    pointers.set(event.pointerId, xPx);
    if (gesture.kind === 'pinch') {
      const [a = 0, b = 0] = pointers.values();
      if (Math.abs(b - a) < 10) return;
      const [msA, msB] = gesture.anchorsMs;
      // The two instants under the fingers stay under the fingers.
      const span = ((msB - msA) * options.getWidthPx()) / (b - a);
      const startMs = msA - (a / options.getWidthPx()) * span;
      if (span > 0) options.onWindow(clampWindow({ startMs, endMs: startMs + span }));
      return;
    }
    if (event.pointerId !== gesture.pointerId) return;
    const dx = xPx - gesture.startX;
    if (gesture.kind === 'pending') {
      if (Math.abs(dx) < DRAG_THRESHOLD_PX) return;
      gesture = { ...gesture, kind: 'drag' };
      capture(event.pointerId);
    }
    const spanPerPx = (gesture.start.endMs - gesture.start.startMs) / options.getWidthPx();
    options.onWindow(panWindow(gesture.start, -dx * spanPerPx));
  };

  const onPointerEnd = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    // A drag that ends over an event must not also open it.
    if (gesture?.kind === 'drag' || gesture?.kind === 'pinch')
      suppressClick = event.type === 'pointerup';
    if (pointers.size === 1 && gesture?.kind === 'pinch') {
      const [remaining] = pointers.entries();
      if (!remaining) return;
      const [pointerId, x] = remaining;
      gesture = { kind: 'drag', pointerId, startX: x, start: options.getWindow() };
    } else if (pointers.size === 0) {
      gesture = undefined;
    }
  };

  const onClickCapture = (event: MouseEvent) => {
    if (!suppressClick) return;
    suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  const onDoubleClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('button, a')) return;
    const window = options.getWindow();
    options.onWindow(
      zoomWindow(window, event.shiftKey ? 2 : 0.5, msAt(window, localX(event.clientX))),
    );
  };

  function capture(pointerId: number) {
    try {
      element.setPointerCapture(pointerId);
    } catch {
      // The pointer may already be gone (a very short tap); nothing to capture then.
    }
  }

  const onPointerDownCapture = () => {
    suppressClick = false;
  };

  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('pointerdown', onPointerDownCapture, true);
  element.addEventListener('pointerdown', onPointerDown);
  element.addEventListener('pointermove', onPointerMove);
  element.addEventListener('pointerup', onPointerEnd);
  element.addEventListener('pointercancel', onPointerEnd);
  element.addEventListener('click', onClickCapture, true);
  element.addEventListener('dblclick', onDoubleClick);
  return () => {
    element.removeEventListener('wheel', onWheel);
    element.removeEventListener('pointerdown', onPointerDownCapture, true);
    element.removeEventListener('pointerdown', onPointerDown);
    element.removeEventListener('pointermove', onPointerMove);
    element.removeEventListener('pointerup', onPointerEnd);
    element.removeEventListener('pointercancel', onPointerEnd);
    element.removeEventListener('click', onClickCapture, true);
    element.removeEventListener('dblclick', onDoubleClick);
  };
}
