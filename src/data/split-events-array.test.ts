import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventsArrayScanner } from './split-events-array';

const utf8 = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The whole file scanned at once: each element's slice and the file's own fields. */
function splitEventsArray(bytes: Uint8Array) {
  const scanner = new EventsArrayScanner(bytes);
  if (scanner.advance(Number.POSITIVE_INFINITY) !== 'end') return undefined;
  return { headerBytes: scanner.headerBytes(), starts: scanner.starts, ends: scanner.ends };
}

const splitText = (text: string) => splitEventsArray(utf8(text));

const elementsOf = (text: string) => {
  const bytes = utf8(text);
  const split = splitEventsArray(bytes);
  if (!split) return undefined;
  return {
    header: JSON.parse(decode(split.headerBytes)),
    events: [...split.starts].map((start, i) =>
      JSON.parse(decode(bytes.subarray(start, split.ends[i]))),
    ),
  };
};

describe('EventsArrayScanner', () => {
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
      const result = elementsOf(text);
      expect(result?.events).toEqual(doc.events);
      expect(result?.header).toEqual({ ...doc, events: [] });
    }
  });

  it('handles an empty array', () => {
    expect(elementsOf('{"events": [ ]}')?.events).toEqual([]);
    expect(elementsOf('{"events":[]}')?.events).toEqual([]);
  });

  it('leaves to the whole-file parse what it cannot vouch for', () => {
    expect(splitText('{"events": [1], "events": [2]}')).toBeUndefined();
    expect(splitText('[{"events": [1]}]')).toBeUndefined();
    expect(splitText('{"events": [1, 2}')).toBeUndefined();
    expect(splitText('{"title": "unterminated')).toBeUndefined();
    expect(splitText('{"format": 1}')).toBeUndefined();
    // Only a file that opens with "{" (a CSV file may hold one further on).
    expect(splitText('id,title\na,{"events": [1]}')).toBeUndefined();
    expect(splitText('\uFEFF \n {"events": [1]}')).toBeDefined();
    // JSON.parse reads this key as "events" (and keeps the last of the two): a byte compare cannot.
    expect(splitText('{"events": [1], "ev\\u0065nts": [2]}')).toBeUndefined();
  });

  it('gives slices that fail to parse wherever the file is not valid JSON', () => {
    const text = '{"events": [1,]}';
    const split = splitText(text);
    expect(split).toBeDefined();
    const slice = decode(utf8(text).subarray(split!.starts[0], split!.ends.at(-1)));
    expect(() => JSON.parse(`[${slice}]`)).toThrow();
  });

  it('follows text in any script, escapes and all, by its bytes', () => {
    const doc = {
      title: 'پاکستان اور چین — 中巴关系 ✓ 𝄞',
      events: [{ t: 'ﷺ "quoted" \\ [', u: '中国' }, 'é', { e: '\u0000\n\t' }],
    };
    expect(elementsOf(JSON.stringify(doc))?.events).toEqual(doc.events);
  });

  it('notes when the file says it is a bilateral-events file, before its events', () => {
    const says = (text: string) => {
      const scanner = new EventsArrayScanner(utf8(text));
      scanner.advance(1);
      return scanner.saysBilateralEvents;
    };
    expect(says('{"format": "bilateral-events", "events": [1, 2]}')).toBe(true);
    expect(says('{"format" :\n"bilateral-\\u0065vents", "events": [1, 2]}')).toBe(true);
    expect(says('{"events": [1, 2], "format": "bilateral-events"}')).toBe(false);
    expect(says('{"format": "timelinejs", "events": [1, 2]}')).toBe(false);
    expect(says('{"title": "format", "x": "bilateral-events", "events": [1, 2]}')).toBe(false);
  });

  it('hands out elements a part at a time, as the whole scan finds them', () => {
    const events = Array.from({ length: 23 }, (_, i) => ({ i, text: `event, "${i}" ]` }));
    const bytes = utf8(JSON.stringify({ before: [1, 2], events, after: 'x' }, null, 1));
    const whole = splitEventsArray(bytes);
    const scanner = new EventsArrayScanner(bytes);
    const states: string[] = [];
    for (let wanted = 5; ; wanted += 5) {
      const state = scanner.advance(wanted);
      states.push(state);
      if (state !== 'more') break;
      expect(scanner.starts.length).toBe(wanted);
    }
    expect(states).toEqual(['more', 'more', 'more', 'more', 'end']);
    expect(scanner.starts).toEqual([...whole!.starts]);
    expect(scanner.ends).toEqual([...whole!.ends]);
    expect(decode(scanner.headerBytes())).toBe(decode(whole!.headerBytes));
  });

  it('agrees with JSON.parse on any document', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ unit: 'grapheme' }).filter((k) => k !== 'events'),
          fc.jsonValue({ stringUnit: 'grapheme' }),
        ),
        fc.array(fc.jsonValue({ stringUnit: 'grapheme' })),
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

  it('follows a file as it arrives, in pieces cut anywhere, to what the whole scan finds', () => {
    /** Scans `bytes` given a piece at a time (cut at `cuts`), asking for `step` elements a time. */
    const inPieces = (bytes: Uint8Array, cuts: number[], step: number) => {
      const ends = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
      let arrived = ends[0] ?? bytes.length;
      const scanner = new EventsArrayScanner(bytes.subarray(0, arrived), arrived === bytes.length);
      let wanted = step;
      for (;;) {
        const state = scanner.advance(wanted);
        if (state === 'more') wanted += step;
        else if (state === 'wait') {
          arrived = ends.find((end) => end > arrived) ?? bytes.length;
          scanner.extend(bytes.subarray(0, arrived), arrived === bytes.length);
        } else return { state, starts: scanner.starts, ends: scanner.ends };
      }
    };
    const document = fc.oneof(
      fc
        .tuple(
          fc.dictionary(
            fc.string({ unit: 'grapheme' }).filter((k) => k !== 'events'),
            fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 2 }),
          ),
          fc.array(fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 2 })),
          fc.constantFrom(undefined, 1),
        )
        .map(
          ([fields, events, indent]) =>
            `\uFEFF ${JSON.stringify({ ...fields, events }, null, indent)}`,
        ),
      // Broken and other files too: the verdict must not depend on where the pieces were cut.
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('{"events": [1, 2', '{"events": [1, "2]}', '  \n', 'a,b\n{"events":[1]}'),
    );
    fc.assert(
      fc.property(
        document,
        fc.array(fc.nat(400), { maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        (text, cuts, step) => {
          const bytes = utf8(text);
          const whole = new EventsArrayScanner(bytes);
          const wholeState = whole.advance(Number.POSITIVE_INFINITY);
          const pieces = inPieces(bytes, cuts, step);
          expect(pieces.state).toBe(wholeState);
          if (wholeState === 'end') {
            expect(pieces.starts).toEqual(whole.starts);
            expect(pieces.ends).toEqual(whole.ends);
          }
        },
      ),
      { numRuns: 800 },
    );
  });
});
