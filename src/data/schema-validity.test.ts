import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  PLOVER_TYPES,
  RELATION_TYPES,
  SOURCE_KINDS,
  STATEMENT_KINDS,
  VERIFICATION_STATUSES,
} from '../domain/types';
import { EventSchema, SourceSchema } from './schema';
import { compileValidity } from './schema-validity';

/** A value that is right for a field, or, now and then, anything at all. */
const orJunk = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 80, arbitrary: good },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );

/** Mostly values the schema takes, sometimes one on the edge of what it takes. */
const mostly = <T>(good: readonly T[], edge: readonly T[]) =>
  fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...good) }, fc.constantFrom(...edge));

/** An object with its required fields (which may still hold a wrong value) and some others. */
const loose = (fields: Record<string, fc.Arbitrary<unknown>>, required: string[] = []) =>
  orJunk(fc.record(fields, { requiredKeys: required }));

const text = fc.string({ maxLength: 6 });
const date = mostly(
  ['2021', '2021-03', '2024-02-29', '1950~', '-0500', '2020?'],
  ['2023-02-29', '2021-13', '-0000', '2021-1', ''],
);
const code = mostly(['PAK', 'CHN'], ['joint', 'pak', 'PAKI', '']);
const id = mostly(['a', 'syn-1', 'jcc-14'], ['A', '-x', 'a b', '']);
const number = fc.oneof(
  { weight: 40, arbitrary: fc.integer({ min: -90, max: 90 }) },
  fc.constantFrom(-180.5, -180, -90.5, 90.5, 180, 180.5, 1.5),
  fc.double({ noNaN: true }),
);

/** Records around the schema's edges: most fields right, some missing, some wrong. */
const nearlyEvents = fc.record(
  {
    id: orJunk(id),
    date: orJunk(date),
    end: orJunk(date),
    title: orJunk(text),
    summary: orJunk(text),
    type: orJunk(mostly(PLOVER_TYPES, ['MEET', 'consult'])),
    tags: orJunk(fc.array(orJunk(text), { maxLength: 3 })),
    location: loose({
      name: orJunk(text),
      country: orJunk(code),
      lat: orJunk(number),
      lon: orJunk(number),
      virtual: orJunk(fc.boolean()),
    }),
    participants: orJunk(
      fc.array(loose({ name: orJunk(text), role: orJunk(text), party: orJunk(code) }, ['name']), {
        maxLength: 3,
      }),
    ),
    statements: orJunk(
      fc.array(
        loose(
          {
            speaker: orJunk(text),
            party: orJunk(code),
            kind: orJunk(mostly(STATEMENT_KINDS, ['rumour'])),
            text: orJunk(text),
            source: orJunk(id),
          },
          ['kind', 'text'],
        ),
        { maxLength: 3 },
      ),
    ),
    outcomes: orJunk(fc.array(orJunk(text), { maxLength: 3 })),
    series: loose({ id: orJunk(id), name: orJunk(text), number: orJunk(number) }, ['id']),
    related: orJunk(
      fc.array(
        loose({ type: orJunk(mostly(RELATION_TYPES, ['sibling'])), id: orJunk(id) }, [
          'type',
          'id',
        ]),
        { maxLength: 2 },
      ),
    ),
    sources: orJunk(fc.array(orJunk(id), { maxLength: 3 })),
    verification: loose(
      {
        status: orJunk(mostly(VERIFICATION_STATUSES, ['maybe'])),
        note: orJunk(text),
      },
      ['status'],
    ),
    i18n: orJunk(
      fc.dictionary(
        mostly(['ur', 'zh'], ['__proto__', 'constructor']),
        loose({ title: orJunk(text), summary: orJunk(text) }),
      ),
    ),
    mine: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

/** Most records carry the three fields every event must have; some lack one. */
const records = fc
  .tuple(
    nearlyEvents,
    fc.record({ id: orJunk(id), date: orJunk(date), title: orJunk(mostly(['JCC'], ['', ' '])) }),
    mostly([undefined], ['id', 'date', 'title']),
  )
  .map(([event, required, missing]) => {
    const record: Record<string, unknown> = { ...event, ...required };
    if (missing) delete record[missing];
    return record;
  });

describe('compileValidity', () => {
  const passes = compileValidity(EventSchema);

  it('reads the whole event schema (or the loader would fall back to the slow path)', () => {
    expect(passes).toBeDefined();
  });

  it('says yes exactly when valibot accepts the record', () => {
    let accepted = 0;
    const runs = 3000;
    fc.assert(
      fc.property(fc.oneof({ weight: 20, arbitrary: records }, fc.jsonValue()), (record) => {
        // JSON-shaped input, as the loader gives it.
        const input = JSON.parse(JSON.stringify(record) ?? 'null');
        const success = v.safeParse(EventSchema, input).success;
        expect(passes?.(input)).toBe(success);
        if (success) accepted++;
      }),
      { numRuns: runs },
    );
    // Both answers well explored, or the agreement says little.
    expect(accepted).toBeGreaterThan(runs / 5);
    expect(accepted).toBeLessThan((runs * 3) / 4);
  });

  it('accepts a full record and turns down each kind of mistake', () => {
    const good = {
      id: 'jcc-14',
      date: '2024-02-29',
      end: '2024-03',
      title: 'JCC',
      location: { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4, virtual: false },
      statements: [{ kind: 'quote', text: 'Ironclad', party: 'PAK', source: 'app' }],
      series: { id: 'jcc', number: 14 },
      i18n: { ur: { title: 'جے سی سی' } },
      note: 'a field of the author’s own',
    };
    expect(passes?.(good)).toBe(true);
    // What JSON cannot hold, but an object built in code can.
    expect(passes?.({ ...good, summary: undefined })).toBe(true);
    expect(passes?.({ ...good, location: { ...good.location, lat: Number.NaN } })).toBe(false);
    for (const wrong of [
      { ...good, date: '2023-02-29' },
      { ...good, title: '' },
      { ...good, location: { ...good.location, lat: 91 } },
      { ...good, location: { ...good.location, lon: -180.5 } },
      { ...good, series: { id: 'jcc', number: 1.5 } },
      { ...good, statements: [{ kind: 'quote' }] },
      { ...good, i18n: { ur: 'جے سی سی' } },
      { id: 'no-date', title: 'x' },
      [good],
      null,
    ]) {
      expect(passes?.(wrong)).toBe(false);
      expect(v.safeParse(EventSchema, wrong).success).toBe(false);
    }
  });

  it('declines schemas with parts it does not read, rather than guess', () => {
    expect(compileValidity(v.date())).toBeUndefined();
    expect(compileValidity(v.optional(v.string(), 'default'))).toBeUndefined();
    expect(
      compileValidity(
        v.pipe(
          v.string(),
          v.transform((s) => s.trim()),
        ),
      ),
    ).toBeUndefined();
    expect(compileValidity(v.looseObject({ when: v.date() }))).toBeUndefined();
  });

  it('reads the source schema too, and agrees with valibot on sources', () => {
    const passesSource = compileValidity(SourceSchema);
    expect(passesSource).toBeDefined();
    const sources = fc.record(
      {
        id: orJunk(fc.constantFrom('s1', 'dawn-2015', 'Bad Id', '')),
        publisher: orJunk(fc.constantFrom('Dawn', '', ' ')),
        title: orJunk(fc.string({ maxLength: 6 })),
        url: orJunk(fc.constantFrom('https://example.org/a', 'not a url')),
        published: orJunk(fc.constantFrom('2015-04-20', '2015', '2015-13', '20 April')),
        kind: orJunk(fc.constantFrom(...SOURCE_KINDS, 'blog')),
      },
      { requiredKeys: [] },
    );
    let accepted = 0;
    const runs = 2000;
    fc.assert(
      fc.property(fc.oneof({ weight: 20, arbitrary: sources }, fc.jsonValue()), (source) => {
        const input = JSON.parse(JSON.stringify(source) ?? 'null');
        const success = v.safeParse(SourceSchema, input).success;
        expect(passesSource?.(input)).toBe(success);
        if (success) accepted++;
      }),
      { numRuns: runs },
    );
    expect(accepted).toBeGreaterThan(runs / 10);
    expect(accepted).toBeLessThan((runs * 3) / 4);
  });
});
