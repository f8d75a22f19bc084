import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  fitWindow,
  MAX_SPAN_MS,
  MIN_SPAN_MS,
  panWindow,
  revealRange,
  zoomWindow,
} from './time-window';

const W = { startMs: 0, endMs: 1000 * DAY_MS };

describe('window maths', () => {
  it('zooms around an anchor that stays where it was on screen', () => {
    const anchor = 250 * DAY_MS;
    const zoomed = zoomWindow(W, 0.5, anchor);
    expect(zoomed.endMs - zoomed.startMs).toBe(500 * DAY_MS);
    expect((anchor - zoomed.startMs) / (zoomed.endMs - zoomed.startMs)).toBeCloseTo(0.25);
  });

  it('stops zooming at two days and at five thousand years', () => {
    const tiny = zoomWindow(W, 1e-9);
    expect(tiny.endMs - tiny.startMs).toBe(MIN_SPAN_MS);
    const huge = zoomWindow(W, 1e9);
    expect(huge.endMs - huge.startMs).toBe(MAX_SPAN_MS);
  });

  it('pans by the same span', () => {
    expect(panWindow(W, 10)).toEqual({ startMs: 10, endMs: 1000 * DAY_MS + 10 });
  });

  it('reveals a range by moving as little as needed, keeping the span', () => {
    expect(revealRange(W, 500 * DAY_MS, 501 * DAY_MS)).toBe(W);
    const moved = revealRange(W, 2000 * DAY_MS, 2001 * DAY_MS);
    expect(moved.endMs - moved.startMs).toBe(W.endMs);
    expect(moved.startMs).toBeLessThan(2000 * DAY_MS);
    expect(moved.endMs).toBeGreaterThan(2001 * DAY_MS);
  });

  it('fits a window around events with padding, never narrower than the minimum', () => {
    const fitted = fitWindow(0, 100 * DAY_MS, 0.05);
    expect(fitted.startMs).toBeCloseTo(-5 * DAY_MS);
    expect(fitted.endMs).toBeCloseTo(105 * DAY_MS);
    const one = fitWindow(7, 7);
    expect(one.endMs - one.startMs).toBeGreaterThanOrEqual(MIN_SPAN_MS);
  });
});
