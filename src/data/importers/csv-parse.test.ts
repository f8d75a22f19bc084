import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvWrite } from '../export/csv-write';
import { parseCsv } from './csv-parse';

const fieldsOf = (text: string, delimiter?: string) =>
  parseCsv(text, delimiter === undefined ? {} : { delimiter }).records.map((r) => r.fields);

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a lone CR as a line end',
      'a,b\r1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a quoted comma', 'title\n"Lahore, Punjab"\n', [['title'], ['Lahore, Punjab']]],
    ['doubled quotes', '"He said ""yes"""\n', [['He said "yes"']]],
    ['a line break inside quotes', '"line one\nline two",x\n', [['line one\nline two', 'x']]],
    ['a CRLF inside quotes', '"a\r\nb"\r\n', [['a\r\nb']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['a trailing delimiter at the end', 'a,', [['a', '']]],
    ['an empty quoted field', '"",x', [['', 'x']]],
    ['a UTF-8 byte order mark', '\uFEFFid,date\n', [['id', 'date']]],
    ['blank lines', 'a\n\n\nb\n', [['a'], ['b']]],
    ['text after a closing quote', '"ab"cd,e', [['abcd', 'e']]],
    ['a quote inside an unquoted field', 'ab"c,d', [['ab"c', 'd']]],
    ['non-Latin text', 'عنوان,标题\n', [['عنوان', '标题']]],
  ])('reads %s', (_name, text, expected) => {
    expect(fieldsOf(text)).toEqual(expected);
  });

  it('reads another delimiter when told', () => {
    expect(fieldsOf('a;b\t\n"x;y";z\n', ';')).toEqual([
      ['a', 'b\t'],
      ['x;y', 'z'],
    ]);
  });

  it('numbers rows as a spreadsheet does, counting blank lines and multi-line cells once', () => {
    const { records } = parseCsv('h1,h2\n"two\nlines",x\n\nlast,y\n');
    expect(records.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [4, 5],
    ]);
  });

  it('reports an unterminated quote with its line and keeps the rows after it', () => {
    const { records, problems } = parseCsv('id,title\na,"broken\nb,fine\nc,also fine\n');
    expect(problems).toEqual([
      { line: 2, row: 2, message: 'a quoted field opened on line 2 is never closed' },
    ]);
    expect(records.map((r) => r.fields)).toEqual([
      ['id', 'title'],
      ['b', 'fine'],
      ['c', 'also fine'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it('reports an unterminated quote on the last line', () => {
    const { records, problems } = parseCsv('a\n"oops');
    expect(records.map((r) => r.fields)).toEqual([['a']]);
    expect(problems[0]?.line).toBe(2);
  });

  it('never throws, and every problem names a line inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') }),
        (t) => {
          const result = parseCsv(t);
          const lines = t.split(/\r\n|\r|\n/).length;
          for (const problem of result.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lines);
          }
          for (const record of result.records) expect(record.fields.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (t) => {
        expect(() => parseCsv(t)).not.toThrow();
      }),
    );
  });

  it('reads back exactly what the CSV writer wrote', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r\n', ' ', '؛') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        (rows) => {
          const parsed = parseCsv(csvWrite(rows));
          expect(parsed.problems).toEqual([]);
          expect(parsed.records.map((r) => r.fields)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
