import { describe, expect, it } from 'vitest';
import { summariseView } from './summarise-view';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const window = (from: string, to: string) => ({ startMs: at(from), endMs: at(to) });

describe('summariseView', () => {
  const starts = [
    at('1951-05-21'),
    at('1963-03-02'),
    at('2013-07-05'),
    at('2015-04-20'),
    at('2015-11-11'),
    at('2024-01-21'),
    at('2024-06-07'),
    at('2024-10-14'),
  ];

  it('counts the whole, the view and its busiest year', () => {
    expect(summariseView(starts, window('2012-01-01', '2025-01-01'))).toEqual({
      total: 8,
      firstYear: 1951,
      lastYear: 2024,
      viewFromYear: 2012,
      viewToYear: 2024,
      inView: 6,
      showsAll: false,
      busiestYear: 2024,
      busiestCount: 3,
    });
  });

  it('says when the view shows everything', () => {
    const summary = summariseView(starts, window('1950-01-01', '2026-01-01'));
    expect(summary.showsAll).toBe(true);
    expect(summary.inView).toBe(8);
  });

  it('takes the earlier of two equally busy years, and no busiest year of single events', () => {
    expect(summariseView(starts, window('2015-01-01', '2024-07-01')).busiestYear).toBe(2015);
    const sparse = summariseView(starts, window('1950-01-01', '1970-01-01'));
    expect(sparse.busiestYear).toBeUndefined();
    expect(sparse.busiestCount).toBe(0);
  });

  it('treats the window end as exclusive', () => {
    const summary = summariseView(starts, window('2024-01-21', '2024-06-07'));
    expect(summary.inView).toBe(1);
    expect(summary.viewToYear).toBe(2024);
  });

  it('has nothing to say of an empty view or dataset', () => {
    expect(summariseView([], window('2000-01-01', '2001-01-01'))).toMatchObject({
      total: 0,
      firstYear: undefined,
      lastYear: undefined,
      inView: 0,
      busiestYear: undefined,
    });
    expect(summariseView(starts, window('1980-01-01', '1990-01-01')).inView).toBe(0);
  });

  it('reads years in UTC, whatever the local time zone', () => {
    const summary = summariseView(
      [at('2024-12-31') + 23 * 3_600_000],
      window('2024-01-01', '2025-01-01'),
    );
    expect(summary.lastYear).toBe(2024);
    expect(summary.inView).toBe(1);
  });
});
