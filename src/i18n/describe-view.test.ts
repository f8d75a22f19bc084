import { describe, expect, it } from 'vitest';
import { summariseView } from '../domain/summarise-view';
import { describeView } from './describe-view';
import { en } from './messages-en';
import { ur } from './messages-ur';
import { zh } from './messages-zh';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const starts = [at('1951-05-21'), at('2013-07-05'), at('2024-01-21'), at('2024-06-07')];
const all = { startMs: at('1950-01-01'), endMs: at('2026-01-01') };
const recent = { startMs: at('2012-01-01'), endMs: at('2026-01-01') };

describe('describeView', () => {
  it('says the whole, the view and the busiest year in English', () => {
    expect(describeView(summariseView(starts, recent), 'en', en)).toBe(
      '4 events from 1951 to 2024; in view: 2012 to 2025, 3 events; busiest year 2024.',
    );
  });

  it('leaves out the view when it shows everything', () => {
    expect(describeView(summariseView(starts, all), 'en', en)).toBe(
      '4 events from 1951 to 2024; busiest year 2024.',
    );
  });

  it('says an empty view and a single event plainly', () => {
    const quiet = { startMs: at('1980-01-01'), endMs: at('1990-01-01') };
    expect(describeView(summariseView(starts, quiet), 'en', en)).toBe(
      '4 events from 1951 to 2024; in view: 1980 to 1989, no events.',
    );
    expect(describeView(summariseView([at('2024-01-21')], all), 'en', en)).toBe('1 event in 2024.');
  });

  it('is written in Urdu and Chinese too', () => {
    const urdu = describeView(summariseView(starts, recent), 'ur', ur);
    expect(urdu).toContain('منظر میں');
    expect(urdu).toContain('واقعات');
    expect(urdu.endsWith('۔')).toBe(true);
    expect(describeView(summariseView(starts, recent), 'zh', zh)).toBe(
      '1951年至2024年共4个事件；当前视图：2012年至2025年，3个事件；事件最多的年份：2024年。',
    );
  });
});
