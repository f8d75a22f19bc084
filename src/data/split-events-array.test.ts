import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitEventsArray } from './split-events-array';

const elementsOf = (text: string) => {
  const split = splitEventsArray(text);
  if (!split) return undefined;
  return {
    header: JSON.parse(split.headerText),
    events: [...split.starts].map((start, i) => JSON.parse(text.slice(start, split.ends[i]))),
  };
};

describe('splitEventsArray', () => {
  it('finds each event of the top-level array, whatever they hold', () => {
    const doc = {
      format: 'bilateral-events',
      note: 'a "quoted" \\ string with [brackets], {braces} and "events": [1, 2]',
      events: [
        { id: 'a', nested: { events: [1, 2] } },
        [1, 2],
        'x',
        3,
        null,
        { text: 'comma, "quote" ]' },
      ],
      after: { events: 'not this one' },
    };
    for (const text of [
      JSON.stringify(doc),
      JSON.stringify(doc, null, 2),
      `\uFEFF  ${JSON.stringify(doc, null, '\t')}\n`,
    ]) {
      const result = elementsOf(text.replace(/^\uFEFF/, ''));
      expect(result?.events).toEqual(doc.events);
      expect(result?.header).toEqual({ ...doc, events: [] });
    }
  });

  it('handles an empty array', () => {
    expect(elementsOf('{"events": [ ]}')?.events).toEqual([]);
    expect(elementsOf('{"events":[]}')?.events).toEqual([]);
  });

  it('leaves to the whole-file parse what it cannot vouch for', () => {
    expect(splitEventsArray('{"events": [1], "events": [2]}')).toBeUndefined();
    expect(splitEventsArray('[{"events": [1]}]')).toBeUndefined();
    expect(splitEventsArray('{"events": [1, 2}')).toBeUndefined();
    expect(splitEventsArray('{"title": "unterminated')).toBeUndefined();
    expect(splitEventsArray('{"format": 1}')).toBeUndefined();
  });

  it('gives slices that fail to parse wherever the file is not valid JSON', () => {
    const split = splitEventsArray('{"events": [1,]}');
    expect(split).toBeDefined();
    expect(() =>
      JSON.parse(`[${'{"events": [1,]}'.slice(split!.starts[0], split!.ends.at(-1))}]`),
    ).toThrow();
  });

  it('agrees with JSON.parse on any document', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string().filter((k) => k !== 'events'),
          fc.jsonValue(),
        ),
        fc.array(fc.jsonValue()),
        fc.constantFrom(undefined, 1, 2),
        (fields, events, indent) => {
          const doc = { ...fields, events };
          const text = JSON.stringify(doc, null, indent);
          const result = elementsOf(text);
          expect(result?.events).toEqual(JSON.parse(JSON.stringify(events)));
        },
      ),
      { numRuns: 500 },
    );
  });
});
