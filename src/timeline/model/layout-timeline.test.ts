import { describe, expect, it } from 'vitest';
import { testEvent } from '../../domain/test-event';
import { DAY_MS } from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { densityBins } from './density-bins';
import { buildEventIndex, countVisible } from './event-index';
import { type LayoutOptions, layoutTimeline } from './layout-timeline';
import { timeScale } from './time-scale';

function event(id: string, date: string, end?: string): TimelineEvent {
  return testEvent(id, date, end === undefined ? {} : { end });
}

const sorted = (events: TimelineEvent[]) =>
  events.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);

const options = (overrides: Partial<LayoutOptions> = {}): LayoutOptions => ({
  rows: 3,
  label: () => ({ widthPx: 100, rows: 1, cut: false }),
  gapPx: 4,
  detailLimit: 50,
  clusterPx: 50,
  pillWidthPx: () => 40,
  pinned: [],
  ...overrides,
});

const year2024 = timeScale(
  { startMs: Date.UTC(2024, 0, 1), endMs: Date.UTC(2025, 0, 1) },
  1000,
  'ltr',
);
const year2024Rtl = timeScale(
  { startMs: Date.UTC(2024, 0, 1), endMs: Date.UTC(2025, 0, 1) },
  1000,
  'rtl',
);

describe('layoutTimeline', () => {
  it('packs overlapping events into lanes so none hides another', () => {
    const index = buildEventIndex(
      sorted([event('a', '2024-03-01'), event('b', '2024-03-02'), event('c', '2024-03-03')]),
    );
    const layout = layoutTimeline(index, year2024, options());
    expect(layout.mode).toBe('detail');
    expect(layout.placed.map((p) => p.row).sort()).toEqual([0, 1, 2]);
    expect(layout.clusters).toEqual([]);
  });

  it('measures the titles only of events that can be drawn (a crowded view clusters the rest unmeasured)', () => {
    const days = Array.from(
      { length: 40 },
      (_, i) => `2024-06-${String((i % 28) + 1).padStart(2, '0')}`,
    );
    const index = buildEventIndex(sorted(days.map((d, i) => event(`e${i}`, d))));
    const measured: string[] = [];
    const layout = layoutTimeline(
      index,
      year2024,
      options({
        rows: 2,
        label: (e) => {
          measured.push(e.id);
          return { widthPx: 100, rows: 1, cut: false };
        },
      }),
    );
    expect(layout.placed).toHaveLength(2);
    expect(layout.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(38);
    expect(measured).toEqual(layout.placed.map((p) => p.event.id));
  });

  it('gathers what does not fit into a "+N" cluster where the events are', () => {
    const index = buildEventIndex(
      sorted(['01', '02', '03', '04', '05'].map((d) => event(`e${d}`, `2024-06-${d}`))),
    );
    const layout = layoutTimeline(index, year2024, options({ rows: 2 }));
    expect(layout.placed).toHaveLength(2);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]?.count).toBe(3);
    expect(layout.clusters[0]?.firstStartMs).toBe(Date.UTC(2024, 5, 3));
  });

  it('draws a month-precision event as a band across its month', () => {
    const index = buildEventIndex([event('m', '2024-07')]);
    const [item] = layoutTimeline(index, year2024, options()).placed;
    if (!item) throw new Error('not placed');
    const pxPerDay = 1000 / 366;
    expect(item.spanEndPx - item.xPx).toBeCloseTo(31 * pxPerDay, 3);
  });

  it('keeps a pinned (focused) event drawn even where it would fall into a cluster', () => {
    const index = buildEventIndex(
      sorted(['01', '02', '03', '04', '05'].map((d) => event(`e${d}`, `2024-06-${d}`))),
    );
    const layout = layoutTimeline(index, year2024, options({ rows: 2, pinned: [4] }));
    expect(layout.placed.map((p) => p.event.id)).toContain('e05');
  });

  it('does not move an event that is already drawn when it is pinned', () => {
    const index = buildEventIndex(sorted([event('a', '2024-03-01'), event('b', '2024-03-02')]));
    const plain = layoutTimeline(index, year2024, options());
    const pinned = layoutTimeline(index, year2024, options({ pinned: [1] }));
    expect(pinned.placed).toEqual(plain.placed);
  });

  it('flips a label that would run off the right edge to the left of its marker', () => {
    const index = buildEventIndex([event('z', '2024-12-20')]);
    const [item] = layoutTimeline(index, year2024, options()).placed;
    expect(item?.flipped).toBe(true);
    expect(item?.boxEndPx).toBeLessThanOrEqual(1000);
  });

  it('flips the label of a long event that runs off the right edge too, ending at its marker', () => {
    const index = buildEventIndex([event('y', '2024-11', '2025-06')]);
    const [item] = layoutTimeline(index, year2024, options()).placed;
    expect(item?.flipped).toBe(true);
    expect(item?.boxEndPx).toBeLessThan(1000);
    expect(item?.boxEndPx).toBeGreaterThan(item?.xPx ?? 0);
  });

  it('switches to density when more events are visible than can be read, with counts per bin', () => {
    const events = sorted(
      Array.from({ length: 200 }, (_, i) =>
        event(`e${i}`, `2024-${String((i % 12) + 1).padStart(2, '0')}-10`),
      ),
    );
    const index = buildEventIndex(events);
    const layout = layoutTimeline(index, year2024, options({ detailLimit: 100 }));
    expect(layout.mode).toBe('density');
    expect(layout.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(200);
    expect(layout.placed).toEqual([]);
  });

  it('counts long events that began before the window as visible in it', () => {
    const index = buildEventIndex(sorted([event('year', '2023'), event('day', '2023-06-01')]));
    expect(countVisible(index, Date.UTC(2023, 5, 10), Date.UTC(2023, 5, 20))).toBe(1);
    expect(countVisible(index, Date.UTC(2023, 4, 31), Date.UTC(2023, 5, 2))).toBe(2);
    expect(countVisible(index, Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1))).toBe(0);
  });

  it('bins event starts for the density strip without losing any', () => {
    const index = buildEventIndex(
      sorted([event('a', '2024-01-05'), event('b', '2024-12-30'), event('c', '2024-12-31')]),
    );
    const counts = densityBins(index, year2024, 12);
    expect([...counts]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    // Right to left, the same counts read from the other end of the screen.
    expect([...densityBins(index, year2024Rtl, 12)]).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(DAY_MS).toBe(86_400_000);
  });

  it('mirrors right to left through the scale: the box hangs left of the marker, near the right edge', () => {
    const index = buildEventIndex([event('a', '2024-01-10')]);
    const [ltr] = layoutTimeline(index, year2024, options()).placed;
    const [rtl] = layoutTimeline(index, year2024Rtl, options()).placed;
    if (!ltr || !rtl) throw new Error('not placed');
    expect(rtl.xPx).toBeCloseTo(1000 - ltr.xPx, 6);
    expect(rtl.boxEndPx).toBeCloseTo(1000 - ltr.boxStartPx, 6);
    expect(rtl.boxStartPx).toBeCloseTo(1000 - ltr.boxEndPx, 6);
    expect(rtl.boxEndPx).toBeGreaterThan(rtl.xPx);
  });

  it('keeps "+N" pills apart at the far edge, where several clusters crowd in', () => {
    const index = buildEventIndex(
      sorted(
        ['12-20', '12-21', '12-22', '12-27', '12-28', '12-29', '12-30'].map((d) =>
          event(`e${d}`, `2024-${d}`),
        ),
      ),
    );
    const layout = layoutTimeline(index, year2024, options({ rows: 1, clusterPx: 10 }));
    expect(layout.clusters.length).toBeGreaterThan(1);
    const pills = [...layout.clusters].sort((a, b) => a.startPx - b.startPx);
    for (let i = 1; i < pills.length; i++)
      expect(pills[i]!.startPx).toBeGreaterThanOrEqual(pills[i - 1]!.endPx + 4);
    expect(pills.at(-1)!.endPx).toBeLessThanOrEqual(1000);
  });
});

describe('layoutTimeline on a narrow view', () => {
  it('squeezes a label that fits on neither side of its marker, and marks it cut', () => {
    const index = buildEventIndex([event('mid', '2024-07-01')]);
    const narrow = timeScale(
      { startMs: Date.UTC(2024, 0, 1), endMs: Date.UTC(2025, 0, 1) },
      300,
      'ltr',
    );
    const [item] = layoutTimeline(
      index,
      narrow,
      options({ label: () => ({ widthPx: 250, rows: 2, cut: false }) }),
    ).placed;
    if (!item) throw new Error('not placed');
    expect(item.cut).toBe(true);
    expect(item.boxStartPx).toBeGreaterThanOrEqual(0);
    expect(item.boxEndPx).toBeLessThanOrEqual(300);
  });
});
