import { describe, expect, it } from 'vitest';
import { formatTickLabel } from '../../i18n/format-tick';
import { axisTicks, chooseTickStep } from './axis-ticks';

const label = (from: number, to: number, width = 1200) => {
  const window = { startMs: from, endMs: to };
  const step = chooseTickStep(window, width, 84);
  return axisTicks(window, step).map((t) => formatTickLabel(t.ms, step, t.major, 'en'));
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

  it('shows BCE years far back', () => {
    const d = new Date(0);
    d.setUTCFullYear(-600, 0, 1);
    const e = new Date(0);
    e.setUTCFullYear(-400, 0, 1);
    expect(label(d.getTime(), e.getTime())).toContain('501 BCE');
  });
});
