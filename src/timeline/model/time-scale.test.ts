import { describe, expect, it } from 'vitest';
import { countHeightScale } from './count-height';
import { packInRow, placeLabelsInRows } from './label-rows';
import { msBetween, scaleSign, timeScale, windowOfScale } from './time-scale';

const window = { startMs: Date.UTC(2020, 0, 1), endMs: Date.UTC(2021, 0, 1) };

describe('timeScale', () => {
  it('maps the window onto the width, and right to left onto the reversed width', () => {
    const ltr = timeScale(window, 1000, 'ltr');
    const rtl = timeScale(window, 1000, 'rtl');
    expect(ltr(window.startMs)).toBe(0);
    expect(rtl(window.startMs)).toBe(1000);
    const mid = (window.startMs + window.endMs) / 2;
    expect(ltr(mid)).toBeCloseTo(500, 9);
    expect(rtl(mid)).toBeCloseTo(500, 9);
    expect(scaleSign(ltr)).toBe(1);
    expect(scaleSign(rtl)).toBe(-1);
    expect(windowOfScale(rtl)).toEqual(window);
    expect(msBetween(rtl, 0, 1000)).toEqual([window.startMs, window.endMs]);
  });
});

describe('countHeightScale', () => {
  it('draws no event as nothing, one as at least the minimum, the fullest at full height', () => {
    const height = countHeightScale(1000, 40, 2);
    expect(height(0)).toBe(0);
    expect(height(1)).toBeGreaterThanOrEqual(2);
    expect(height(1000)).toBe(40);
    expect(height(10)).toBeLessThan(height(100));
  });
});

describe('label rows', () => {
  it('puts overlapping boxes in different rows, and leaves out what does not fit', () => {
    const rows = placeLabelsInRows(
      [
        { startPx: 0, endPx: 100 },
        { startPx: 50, endPx: 150 },
        { startPx: 104, endPx: 200 },
        { startPx: 60, endPx: 70 },
      ],
      2,
      4,
    );
    expect(rows).toEqual([0, 1, 0, undefined]);
  });

  it('packs pills that crowd the far edge back inside, none overlapping', () => {
    const starts = packInRow(
      [
        { startPx: 300, widthPx: 48 },
        { startPx: 330, widthPx: 48 },
        { startPx: 355, widthPx: 48 },
      ],
      360,
      4,
    );
    expect(starts).toEqual([208, 260, 312]);
  });
});
