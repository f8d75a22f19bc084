import { describe, expect, it } from 'vitest';
import { fitLabel, wrapCount, wrapLines } from './fit-label';

const measure = (text: string) => text.length * 7;
const limits = { oneLinePx: 140, twoLinesPx: 160 };

describe('fitLabel', () => {
  it.each([
    ['Short title', 1, false],
    ['A title too long for one line of it', 2, false],
    ['A title so very long that even two lines of the widest label cannot hold all of it', 2, true],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十', 2, false],
  ])('%s → %i line(s), cut: %s', (title, lines, cut) => {
    const fit = fitLabel(title, measure, limits);
    expect(fit.lines).toBe(lines);
    expect(fit.cut).toBe(cut);
    expect(fit.textPx).toBeLessThanOrEqual(lines === 1 ? limits.oneLinePx : limits.twoLinesPx);
    if (!cut) expect(wrapCount(title, fit.textPx, measure)).toBeLessThanOrEqual(2);
  });

  it('wraps the export lines the way it counted them', () => {
    const title = 'A title too long for one line of it';
    const fit = fitLabel(title, measure, limits);
    const lines = wrapLines(title, fit.textPx, measure);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(title);
  });
});
