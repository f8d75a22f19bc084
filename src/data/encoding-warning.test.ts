import { describe, expect, it } from 'vitest';
import { encodingWarning } from './encoding-warning';
import { parseAnyText } from './parse-any-text';

// Found with the bad-input corpus (tests/corpus/latin1.json): a Latin-1 file loaded with "Caf�"
// in its titles and no word about it.
describe('encodingWarning', () => {
  it('says nothing about a UTF-8 file', () => {
    expect(encodingWarning('{"title": "Café – 中国"}')).toBeUndefined();
  });

  it('gives the line and column of the first character that could not be read, and the count', () => {
    const warning = encodingWarning('{\n  "title": "Caf\uFFFD S\uFFFDo Paulo"\n}');
    expect(warning).toMatchObject({ severity: 'warning', path: 'line 2, column 16' });
    expect(warning?.message).toContain('2 characters could not be read as UTF-8');
  });

  it('is reported with the other problems of the file, whose records still load', () => {
    const text = JSON.stringify({
      format: 'bilateral-events',
      version: 1,
      parties: [
        { code: 'PAK', name: 'Pakistan' },
        { code: 'CHN', name: 'China' },
      ],
      events: [{ id: 'a', date: '2020', title: 'Caf\uFFFD' }],
    });
    const result = parseAnyText(text);
    expect(result.ok && result.dataset.events.map((e) => e.title)).toEqual(['Caf\uFFFD']);
    expect(result.ok && result.problems.map((p) => p.path)).toEqual(['line 1, column 163']);
  });
});
