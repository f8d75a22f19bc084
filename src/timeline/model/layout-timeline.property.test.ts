import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEvent } from '../../domain/test-event';
import { buildEventIndex, countVisible } from './event-index';
import { boxesOverlap } from './label-rows';
import { layoutTimeline } from './layout-timeline';
import { timeScale, windowOfScale } from './time-scale';

// For any events, width, rows, label sizes and direction: no two placed labels overlap; every
// visible event is either placed or counted in a cluster, once; "+N" pills do not overlap.

const day = fc.integer({ min: 0, max: 3 * 365 });
const eventArb = fc.record({
  startDay: day,
  lengthDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })),
  labelPx: fc.integer({ min: 40, max: 300 }),
  rows: fc.constantFrom(1 as const, 2 as const),
});
const BASE = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('layoutTimeline (property)', () => {
  it('never overlaps two placed labels, and placed + clustered = visible', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 80 }),
        fc.integer({ min: 200, max: 1600 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 5, max: 600 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (specs, widthPx, rows, direction, fromDay, spanDays, pinSeeds) => {
          const events = specs
            .map((spec, i) => {
              const startMs = BASE + spec.startDay * DAY;
              const end = spec.lengthDays > 0 ? iso(startMs + spec.lengthDays * DAY) : undefined;
              return {
                event: testEvent(`e${i}`, iso(startMs), end === undefined ? {} : { end }),
                spec,
              };
            })
            .sort((a, b) => a.event.startMs - b.event.startMs || a.event.endMs - b.event.endMs);
          const sizes = new Map(events.map(({ event, spec }) => [event, spec]));
          const index = buildEventIndex(events.map((e) => e.event));
          const window = {
            startMs: BASE + fromDay * DAY,
            endMs: BASE + (fromDay + spanDays) * DAY,
          };
          const scale = timeScale(window, widthPx, direction);
          const pinned = pinSeeds.map((seed) => (events.length === 0 ? 0 : seed % events.length));
          const layout = layoutTimeline(index, scale, {
            rows,
            label: (event) => {
              const spec = sizes.get(event)!;
              return { widthPx: spec.labelPx, rows: spec.rows, cut: false };
            },
            gapPx: 4,
            detailLimit: 60,
            clusterPx: 50,
            pillWidthPx: (count) => 30 + String(count).length * 8,
            pinned,
          });
          const visible = countVisible(index, window.startMs, window.endMs);
          const clustered = layout.clusters.reduce((sum, c) => sum + c.count, 0);
          if (layout.mode === 'detail') {
            expect(layout.placed.length + clustered).toBe(visible);
            const ids = new Set(layout.placed.map((p) => p.event.id));
            expect(ids.size).toBe(layout.placed.length);
          } else {
            // Density counts the events that start in view.
            const { startMs, endMs } = windowOfScale(scale);
            const starting = index.events.filter((e) => e.startMs >= startMs && e.startMs < endMs);
            expect(clustered).toBe(starting.length);
          }
          const placed = layout.placed;
          for (let i = 0; i < placed.length; i++) {
            const a = placed[i]!;
            expect(a.row + a.rows).toBeLessThanOrEqual(Math.max(rows, a.rows));
            for (let j = i + 1; j < placed.length; j++) {
              const b = placed[j]!;
              const shareRow = a.row < b.row + b.rows && b.row < a.row + a.rows;
              if (!shareRow) continue;
              const boxA = { startPx: a.boxStartPx, endPx: a.boxEndPx };
              const boxB = { startPx: b.boxStartPx, endPx: b.boxEndPx };
              // Pins may be forced into a full row; every other pair keeps its distance.
              const pinnedPair = pinned.includes(a.position) || pinned.includes(b.position);
              if (!pinnedPair) expect(boxesOverlap(boxA, boxB, 0)).toBe(false);
            }
          }
          if (layout.mode === 'detail') {
            const pills = [...layout.clusters].sort((a, b) => a.startPx - b.startPx);
            const total = pills.reduce((sum, p) => sum + (p.endPx - p.startPx) + 4, 0);
            if (total <= widthPx) {
              for (let i = 1; i < pills.length; i++)
                expect(pills[i]!.startPx).toBeGreaterThanOrEqual(pills[i - 1]!.endPx);
            }
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
