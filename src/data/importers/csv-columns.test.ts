import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnFor,
  formatPerson,
  formatStatements,
  joinList,
  parsePerson,
  parseStatement,
  splitList,
  splitStatements,
} from './csv-columns';

describe('CSV cell syntax', () => {
  it.each([
    ['Source URL', 'source_url'],
    ['source-url', 'source_url'],
    [' TITLE ', 'title'],
    ['start_date', 'date'],
    ['Latitude', 'lat'],
    ['notes', undefined],
  ])('reads the header %j as the column %s', (header, column) => {
    expect(columnFor(header)).toBe(column);
  });

  it.each([
    [
      'Sun Weidong (Vice Minister of Foreign Affairs) [CHN]',
      'Sun Weidong',
      'Vice Minister of Foreign Affairs',
      'CHN',
    ],
    ['Example Person [pak]', 'Example Person', undefined, 'PAK'],
    ['Example Person (Envoy)', 'Example Person', 'Envoy', undefined],
    ['[Joint]', '', undefined, 'joint'],
    ['Just A Name', 'Just A Name', undefined, undefined],
  ])('reads the participant %j', (item, name, role, party) => {
    expect(parsePerson(item)).toEqual({ name, role, party });
  });

  it('splits lists at ";" but not at an escaped one', () => {
    expect(splitList('a; b\\; c ;; d|e')).toEqual(['a', 'b; c', 'd|e']);
  });

  it('reads a statement of three or four parts and refuses other counts', () => {
    expect(parseStatement(['quote', 'A (B) [PAK]', 'Text', 'src-1'])).toEqual({
      kind: 'quote',
      speaker: { name: 'A', role: 'B', party: 'PAK' },
      text: 'Text',
      source: 'src-1',
    });
    expect(parseStatement(['quote', 'text'])).toMatch(/3 or 4 parts/);
  });

  const text = fc
    .string({ unit: fc.constantFrom('a', 'B', ' ', ';', '|', '\\', 'ü', ',', '"') })
    .map((s) => s.trim());
  const nonEmpty = text.filter((s) => s !== '');

  it('reads back any list it writes (items are trimmed, empty ones dropped)', () => {
    fc.assert(
      fc.property(fc.array(nonEmpty, { maxLength: 5 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
      }),
    );
  });

  it('reads back any statements it writes', () => {
    const name = fc
      .string({ unit: fc.constantFrom('a', 'Z', ' ', ';', '|', '\\') })
      .map((s) => s.trim());
    const statement = fc.record({
      kind: fc.constantFrom('quote', 'paraphrase', 'joint'),
      speaker: fc.option(
        name.filter((s) => s !== ''),
        { nil: undefined },
      ),
      role: fc.option(
        name.filter((s) => s !== ''),
        { nil: undefined },
      ),
      party: fc.option(fc.constantFrom('PAK', 'CHN', 'joint'), { nil: undefined }),
      text: nonEmpty,
      source: fc.option(fc.constantFrom('src-1', 'a-b'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 4 }), (statements) => {
        const back = splitStatements(formatStatements(statements)).map((parts) =>
          parseStatement(parts),
        );
        expect(back).toEqual(
          statements.map((s) => ({
            kind: s.kind,
            speaker: { name: s.speaker ?? '', role: s.role, party: s.party },
            text: s.text,
            source: s.source,
          })),
        );
      }),
    );
  });

  it('reads back any participant it writes, brackets in names and nested roles included', () => {
    const part = fc
      .string({ unit: fc.constantFrom('a', 'Z', ' ', '(', ')', '[', ']', '-') })
      .map((t) => t.trim());
    // A role's own parentheses must balance; a name may end in any bracket.
    const role = fc
      .array(fc.constantFrom('co-chair', '(acting)', 'Minister', ' '), {
        minLength: 1,
        maxLength: 3,
      })
      .map((p) => p.join(' ').trim())
      .filter((t) => t !== '');
    fc.assert(
      fc.property(
        part.filter((t) => t !== '' && !t.includes('[')),
        fc.option(role, { nil: undefined }),
        fc.option(fc.constantFrom('PAK', 'CHN', 'joint'), { nil: undefined }),
        (name, role, party) => {
          expect(parsePerson(formatPerson({ name, role, party }))).toEqual({ name, role, party });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes a participant the way it reads one', () => {
    expect(formatPerson({ name: 'A', role: 'B', party: 'PAK' })).toBe('A (B) [PAK]');
    expect(parsePerson(formatPerson({ name: 'A', party: 'joint' }))).toEqual({
      name: 'A',
      role: undefined,
      party: 'joint',
    });
  });
});
