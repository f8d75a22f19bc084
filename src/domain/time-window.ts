// The view state is a time window in UTC epoch ms; everything on screen is derived from it.

export interface TimeWindow {
  readonly startMs: number;
  readonly endMs: number;
}

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.2425 * DAY_MS;
/** Zooming stops at about two days across the whole width. */
export const MIN_SPAN_MS = 2 * DAY_MS;
/** And at about five thousand years. */
export const MAX_SPAN_MS = 5000 * YEAR_MS;

export function spanMs(window: TimeWindow): number {
  return window.endMs - window.startMs;
}

export function isValidWindow(window: TimeWindow): boolean {
  return (
    Number.isFinite(window.startMs) &&
    Number.isFinite(window.endMs) &&
    window.endMs > window.startMs
  );
}

/** Keeps the span between the limits, around the same centre. */
export function clampWindow(window: TimeWindow): TimeWindow {
  const span = spanMs(window);
  if (span >= MIN_SPAN_MS && span <= MAX_SPAN_MS) return window;
  const centre = (window.startMs + window.endMs) / 2;
  const clamped = Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, span));
  return { startMs: centre - clamped / 2, endMs: centre + clamped / 2 };
}

/** factor < 1 zooms in; the instant at anchorMs stays where it is on screen. */
export function zoomWindow(window: TimeWindow, factor: number, anchorMs?: number): TimeWindow {
  const anchor = anchorMs ?? (window.startMs + window.endMs) / 2;
  const span = spanMs(window);
  const nextSpan = Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, span * factor));
  const ratio = (anchor - window.startMs) / span;
  const startMs = anchor - ratio * nextSpan;
  return { startMs, endMs: startMs + nextSpan };
}

export function panWindow(window: TimeWindow, deltaMs: number): TimeWindow {
  return { startMs: window.startMs + deltaMs, endMs: window.endMs + deltaMs };
}

/** The same span, moved the least needed for [startMs, endMs) to be inside, with a margin. */
export function revealRange(
  window: TimeWindow,
  startMs: number,
  endMs: number,
  marginRatio = 0.1,
): TimeWindow {
  const span = spanMs(window);
  const margin = span * marginRatio;
  if (startMs >= window.startMs + margin && endMs <= window.endMs - margin) return window;
  if (endMs - startMs > span - 2 * margin)
    return panWindow(window, startMs - margin - window.startMs);
  if (startMs < window.startMs + margin)
    return panWindow(window, startMs - margin - window.startMs);
  return panWindow(window, endMs + margin - window.endMs);
}

/** A window around a set of instants, padded so marks at the edges stay visible. */
export function fitWindow(startMs: number, endMs: number, paddingRatio = 0.05): TimeWindow {
  const span = Math.max(endMs - startMs, MIN_SPAN_MS);
  const centre = (startMs + endMs) / 2;
  const padded = span * (1 + 2 * paddingRatio);
  return clampWindow({ startMs: centre - padded / 2, endMs: centre + padded / 2 });
}

/** The window that shows every event: from the first start to the last end, padded. */
export function windowForEvents(
  events: readonly { startMs: number; endMs: number }[],
  paddingRatio = 0.05,
): TimeWindow {
  const first = events[0];
  if (!first) return fitWindow(Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1));
  let startMs = first.startMs;
  let endMs = first.endMs;
  for (const event of events) {
    startMs = Math.min(startMs, event.startMs);
    endMs = Math.max(endMs, event.endMs);
  }
  return fitWindow(startMs, endMs, paddingRatio);
}

/** The same span, moved to show an event (at most half a window of it, for a long one). */
export function revealEvent(
  window: TimeWindow,
  event: { startMs: number; endMs: number },
): TimeWindow {
  return revealRange(
    window,
    event.startMs,
    Math.min(event.endMs, event.startMs + spanMs(window) / 2),
  );
}
