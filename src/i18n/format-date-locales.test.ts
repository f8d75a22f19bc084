import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../domain/edtf';
import type { TickStep } from '../timeline/model/axis-ticks';
import { formatEdtf, formatEdtfRange, formatYear } from './format-date';
import { formatPeriod } from './format-period';
import { formatTickLabel } from './format-tick';
import { en } from './messages-en';
import { ur } from './messages-ur';
import { zh } from './messages-zh';

// Dates in Urdu and Chinese as a reader of each expects them, at every precision, with their
// qualifiers and before the common era. Dates are calendar dates: the same in every time zone
// (the suite runs under TZ=UTC and TZ=Asia/Karachi).

const date = (text: string) => {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};
const ms = (text: string) => date(text).startMs;
const step = (unit: TickStep['unit']): TickStep => ({ unit, step: 1, approxMs: 0 });

describe('formatEdtf (Urdu)', () => {
  it.each([
    ['2024-01-21', '21 جنوری، 2024'],
    ['2023-07', 'جولائی 2023'],
    ['2019', '2019'],
    ['1950~', 'تقریباً 1950'],
    ['2021-09-21?', '21 ستمبر، 2021 (غیر یقینی)'],
    ['1956-10%', 'تقریباً اکتوبر 1956 (غیر یقینی)'],
    ['0000', '1 قبل مسیح'],
    ['-0500', '501 قبل مسیح'],
    ['-0043-03', 'مارچ 44 قبل مسیح'],
    ['-0043-03-15', '15 مارچ، 44 قبل مسیح'],
    ['-0500~', 'تقریباً 501 قبل مسیح'],
    ['0045', '45'],
    ['2024-12-31', '31 دسمبر، 2024'],
    ['2025-01-01', '1 جنوری، 2025'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatEdtf(date(text), 'ur', ur.dateWords)).toBe(expected);
  });
});

describe('formatEdtf (Chinese)', () => {
  it.each([
    ['2024-01-21', '2024年1月21日'],
    ['2023-07', '2023年7月'],
    ['2019', '2019年'],
    ['1950~', '约1950年'],
    ['2021-09-21?', '2021年9月21日（存疑）'],
    ['1956-10%', '约1956年10月（存疑）'],
    ['0000', '公元前1年'],
    ['-0500', '公元前501年'],
    ['-0043-03', '公元前44年3月'],
    ['-0043-03-15', '公元前44年3月15日'],
    ['-0500~', '约公元前501年'],
    ['0045', '45年'],
    ['2024-12-31', '2024年12月31日'],
    ['2025-01-01', '2025年1月1日'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatEdtf(date(text), 'zh', zh.dateWords)).toBe(expected);
  });
});

describe('formatEdtfRange (Urdu)', () => {
  it.each([
    ['2024-01-21', '2024-01-22', '21–22 جنوری 2024'],
    ['2023-07-30', '2023-08-01', '30 جولائی – 1 اگست، 2023'],
    ['2018-12-30', '2019-01-02', '30 دسمبر، 2018 – 2 جنوری، 2019'],
    ['2023-07', '2023-09', 'جولائی–ستمبر 2023'],
    ['1956-10-19~', '1956-10-30', 'تقریباً 19–30 اکتوبر 1956'],
    ['2021-09-21?', '2021-09-22', '21–22 ستمبر 2021 (غیر یقینی)'],
    ['-0500', '-0400', '501 قبل مسیح – 401 قبل مسیح'],
  ])('%s to %s reads "%s"', (start, end, expected) => {
    expect(formatEdtfRange(date(start), date(end), 'ur', ur.dateWords)).toBe(expected);
  });
});

describe('formatEdtfRange (Chinese)', () => {
  it.each([
    ['2024-01-21', '2024-01-22', '2024年1月21日至22日'],
    ['2023-07-30', '2023-08-01', '2023年7月30日至8月1日'],
    ['2018-12-30', '2019-01-02', '2018年12月30日至2019年1月2日'],
    ['2023-07', '2023-09', '2023年7月至9月'],
    ['2018-12', '2019-01', '2018年12月至2019年1月'],
    ['2019', '2021', '2019年至2021年'],
    ['1956-10-19~', '1956-10-30', '约1956年10月19日至30日'],
    ['2021-09-21?', '2021-09-22', '2021年9月21日至22日（存疑）'],
    ['-0500', '-0400', '公元前501年至公元前401年'],
    ['-0001', '0010', '公元前2年至10年'],
    ['2023-07', '2023-08-01', '2023年7月至2023年8月1日'],
  ])('%s to %s reads "%s"', (start, end, expected) => {
    expect(formatEdtfRange(date(start), date(end), 'zh', zh.dateWords)).toBe(expected);
  });

  it('never falls back to numeric dates', () => {
    const text = formatEdtfRange(date('2023-07-30'), date('2023-08-01'), 'zh', zh.dateWords);
    expect(text).not.toMatch(/\d\/\d/u);
  });

  it('shows a single date when there is no end, or the end is the same', () => {
    expect(formatEdtfRange(date('2022-09'), undefined, 'zh', zh.dateWords)).toBe('2022年9月');
    expect(formatEdtfRange(date('2022-09'), date('2022-09'), 'zh', zh.dateWords)).toBe('2022年9月');
  });
});

describe('formatYear', () => {
  it.each([
    ['en', en, 2024, '2024'],
    ['en', en, -500, '501 BCE'],
    ['ur', ur, 2024, '2024'],
    ['ur', ur, -500, '501 قبل مسیح'],
    ['zh', zh, 2024, '2024年'],
    ['zh', zh, -500, '公元前501年'],
    ['zh', zh, 45, '45年'],
  ] as const)('%s %d reads "%s"', (locale, messages, year, expected) => {
    expect(formatYear(year, locale, messages.dateWords)).toBe(expected);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['ur', '2024-03-02', '2024-03-29', 'مارچ 2024'],
    ['ur', '2024-03-02', '2024-03-02', '2 مارچ، 2024'],
    ['ur', '2024-03-02', '2024-06-10', 'مارچ–جون 2024'],
    ['ur', '1990-03-02', '1995-06-10', '1990–1995'],
    ['ur', '-0500', '-0400', '501 قبل مسیح–401 قبل مسیح'],
    ['zh', '2024-03-02', '2024-03-29', '2024年3月'],
    ['zh', '2024-03-02', '2024-03-02', '2024年3月2日'],
    ['zh', '2024-03-02', '2024-06-10', '2024年3月至6月'],
    ['zh', '1990-03-02', '1995-06-10', '1990年至1995年'],
    ['zh', '2023-12-02', '2024-01-10', '2023年至2024年'],
    ['zh', '-0500', '-0500-12-31', '公元前501年'],
    ['zh', '-0500', '-0400', '公元前501年至公元前401年'],
  ] as const)('%s: %s … %s is "%s"', (locale, first, last, expected) => {
    const words = (locale === 'ur' ? ur : zh).dateWords;
    expect(formatPeriod(ms(first), ms(last), locale, words)).toBe(expected);
  });

  it('still reads as before in English', () => {
    expect(formatPeriod(ms('-0500'), ms('-0400'), 'en', en.dateWords)).toBe('501 BCE–401 BCE');
    expect(formatPeriod(ms('2024-03-02'), ms('2024-06-10'), 'en', en.dateWords)).toBe(
      'March – June 2024',
    );
  });
});

describe('formatTickLabel', () => {
  const at = ms('2024-01-21');
  const january = ms('2024-01-01');
  const bce = ms('-0500');

  it.each([
    ['ur', 'year', false, at, '2024'],
    ['ur', 'month', false, at, 'جنوری'],
    ['ur', 'month', true, january, '2024'],
    ['ur', 'day', false, at, '21 جنوری'],
    ['ur', 'day', true, at, '21 جنوری، 2024'],
    ['ur', 'year', false, bce, '501 قبل مسیح'],
    ['zh', 'year', false, at, '2024'],
    ['zh', 'month', false, at, '1月'],
    ['zh', 'month', true, january, '2024'],
    ['zh', 'day', false, at, '1月21日'],
    ['zh', 'day', true, at, '2024年1月21日'],
    ['zh', 'year', false, bce, '公元前501'],
  ] as const)('%s %s (major: %s) at %d is "%s"', (locale, unit, major, when, expected) => {
    const words = (locale === 'ur' ? ur : zh).dateWords;
    expect(formatTickLabel(when, step(unit), major, locale, words)).toBe(expected);
  });
});
