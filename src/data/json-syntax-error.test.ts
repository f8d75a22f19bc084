import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from './json-syntax-error';

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'a property name'],
    ['{\n  "events": [1,]\n}', 2, 16, 'where a value was expected'],
    ['{"a": tru}', 1, 7, 'unexpected character "t"'],
    ['{"a": "x', 1, 9, 'not closed'],
    ['{"a": "line\nbreak"}', 1, 12, 'control character'],
    ['[1 2]', 1, 4, '"," or "]"'],
    ['{"a": 1} x', 1, 10, 'after the end'],
    ['', 1, 1, 'ends where a value was expected'],
    ['{"a": 01}', 1, 8, '"," or "}"'],
    // Found with the corpus (utf16-no-bom.json): a NUL was quoted as an invisible character.
    ['{\u0000"a": 1}', 1, 2, 'found U+0000'],
    ['{"a": \u202E1}', 1, 7, 'unexpected character U+202E'],
  ])('%j fails at line %i, column %i', (text, line, column, reason) => {
    const error = locateJsonSyntaxError(text);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.reason).toContain(reason);
  });

  it('reports nesting too deep to be a dataset rather than overflowing the stack', () => {
    const error = locateJsonSyntaxError(`${'['.repeat(100_000)}`);
    expect(error.reason).toContain('nesting deeper');
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const error = locateJsonSyntaxError(text);
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.column).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});
