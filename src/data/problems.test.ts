import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from './parse-dataset';
import { formatPath } from './problems';

describe('formatPath', () => {
  it('writes field names after dots and list positions in brackets', () => {
    expect(formatPath('events[3]', ['participants', 0, 'party'])).toBe(
      'events[3].participants[0].party',
    );
    expect(formatPath('', ['parties', 1, 'code'])).toBe('parties[1].code');
    expect(formatPath('events[0]', ['i18n', 'zh-Hant', 'title'])).toBe(
      'events[0].i18n.zh-Hant.title',
    );
  });

  // Found by fuzzing: a dataset's own key (an i18n language) made paths such as "events[0].i18n."
  it('quotes a key of the dataset’s own that would not read clearly after a dot', () => {
    expect(formatPath('events[0]', ['i18n', '', 'title'])).toBe('events[0].i18n[""].title');
    expect(formatPath('events[0]', ['i18n', 'a.b'])).toBe('events[0].i18n["a.b"]');
    expect(formatPath('events[0]', ['i18n', 'en]x'])).toBe('events[0].i18n["en]x"]');
    expect(formatPath('events[0]', ['i18n', '\u202Een'])).toBe('events[0].i18n["\\u202een"]');
    expect(formatPath('events[0]', ['i18n', 'x'.repeat(100)])).toBe(
      `events[0].i18n["${'x'.repeat(40)}…"]`,
    );
  });

  it('names such a key in the problem the loader reports', () => {
    const result = parseDatasetJson({
      format: 'bilateral-events',
      version: 1,
      parties: [
        { code: 'PAK', name: 'Pakistan' },
        { code: 'CHN', name: 'China' },
      ],
      events: [{ id: 'a', date: '2024', title: 'A', i18n: { '': null } }],
    });
    expect(result.ok && result.problems.map((p) => p.path)).toEqual(['events[0].i18n[""]']);
  });
});
