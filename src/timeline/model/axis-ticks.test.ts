import { describe, expect, it } from 'vitest';
import { formatTickLabel } from '../../i18n/format-tick';
import { axisTicks } from './axis-ticks';
import { layoutTickLabels } from './tick-labels';
import { timeScale } from './time-scale';

const label = (from: number, to: number, width = 1200) => {
  const { step, ticks } = axisTicks(timeScale({ startMs: from, endMs: to }, width, 'ltr'), 84);
  return ticks.map((t) => formatTickLabel(t.ms, step, t.major, 'en'));
};

describe('axis ticks', () => {
  it('shows decades over 75 years', () => {
    expect(label(Date.UTC(1946, 0, 1), Date.UTC(2029, 0, 1))).toEqual([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
  });

  it('shows months, with the year at January, over two years', () => {
    const labels = label(Date.UTC(2023, 0, 1), Date.UTC(2024, 11, 31));
    expect(labels.slice(0, 4)).toEqual(['2023', 'Mar', 'May', 'Jul']);
    expect(labels).toContain('2024');
  });

  it('shows days, with month and year on the first, over two weeks', () => {
    const labels = label(Date.UTC(2024, 0, 25), Date.UTC(2024, 1, 8));
    expect(labels).toContain('1 Feb 2024');
    expect(labels).toContain('26 Jan');
  });

  it('spaces weekly ticks evenly across a month end (no "29 Feb" beside "1 Mar")', () => {
    const scale = timeScale(
      { startMs: Date.UTC(2024, 1, 1), endMs: Date.UTC(2024, 3, 1) },
      800,
      'ltr',
    );
    const { step, ticks } = axisTicks(scale, 84);
    expect(step).toMatchObject({ unit: 'day', step: 7 });
    const gaps = ticks.slice(1).map((t, i) => t.ms - ticks[i]!.ms);
    expect(new Set(gaps)).toEqual(new Set([7 * 86_400_000]));
    // Mondays: 4 Mar is the first tick of March, and is labelled with its month and year.
    const labels = ticks.map((t) => formatTickLabel(t.ms, step, t.major, 'en'));
    expect(labels).toContain('4 Mar 2024');
    expect(labels).not.toContain('1 Mar 2024');
  });

  it('never lets two tick labels touch, at any width, either way round', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      for (const width of [300, 360, 500, 800, 1280]) {
        for (const [from, to] of [
          [Date.UTC(2024, 1, 20), Date.UTC(2024, 2, 10)],
          [Date.UTC(1950, 0, 1), Date.UTC(2026, 0, 1)],
          [Date.UTC(2023, 10, 1), Date.UTC(2024, 4, 1)],
        ] as const) {
          const scale = timeScale({ startMs: from, endMs: to }, width, direction);
          const axis = axisTicks(scale, 84);
          const shown = layoutTickLabels(
            scale,
            axis,
            (t) => formatTickLabel(t.ms, axis.step, t.major, 'en'),
            (text) => text.length * 7.5,
          ).filter((t) => t.text !== undefined);
          expect(shown.length).toBeGreaterThan(0);
          const boxes = [...shown].sort((a, b) => a.startPx - b.startPx);
          for (let i = 1; i < boxes.length; i++)
            expect(boxes[i]!.startPx).toBeGreaterThanOrEqual(boxes[i - 1]!.endPx + 12);
          for (const box of boxes) {
            expect(box.startPx).toBeGreaterThanOrEqual(0);
            expect(box.endPx).toBeLessThanOrEqual(width);
          }
        }
      }
    }
  });

  it('shows BCE years far back', () => {
    const d = new Date(0);
    d.setUTCFullYear(-600, 0, 1);
    const e = new Date(0);
    e.setUTCFullYear(-400, 0, 1);
    expect(label(d.getTime(), e.getTime())).toContain('501 BCE');
  });
});
