import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetAssembler } from './assemble-dataset';
import { parseAnyText } from './parse-any-text';
import type { ParseResult } from './parse-dataset';
import { CHUNK_EVENTS, checkChunkTask, runParsePipeline } from './parse-pipeline';
import type { ChunkTask, ParseMessage } from './parse-protocol';

async function streamed(text: string): Promise<ParseResult | undefined> {
  const assembler = new DatasetAssembler();
  let result: ParseResult | undefined;
  await runParsePipeline(
    text,
    (message) => {
      // Messages cross to the page by structured clone: make sure they survive it.
      result = assembler.accept(structuredClone(message)) ?? result;
    },
    () => Promise.resolve(),
  );
  return result;
}

const header = {
  format: 'bilateral-events',
  version: 1,
  title: 'T',
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  sources: [{ id: 's1', title: 'S' }],
};

const goodEvent = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  date: fc.constantFrom('2020', '2021-03', '2022-02-28', '1950~', '-0500'),
  title: fc.string({ minLength: 1, maxLength: 20 }),
  sources: fc.constantFrom(['s1'], ['missing'], []),
  related: fc.constantFrom([], [{ type: 'follows', id: 'nowhere' }]),
});
const anyEvent = fc.oneof(goodEvent, fc.jsonValue());

/** A reader and a helper worker's messages, interleaved in an order chosen by `order`. */
async function inTwoParts(
  text: string,
  order: (messages: ParseMessage[]) => ParseMessage[],
): Promise<ParseResult | undefined> {
  const messages: ParseMessage[] = [];
  const collect = (m: ParseMessage) => messages.push(structuredClone(m));
  const tasks: ChunkTask[] = [];
  await runParsePipeline(
    text,
    collect,
    () => Promise.resolve(),
    (task) => tasks.push(structuredClone(task)),
  );
  for (const task of tasks) expect(checkChunkTask(task, collect)).toBe(true);
  const assembler = new DatasetAssembler();
  let result: ParseResult | undefined;
  for (const message of order(messages)) result = assembler.accept(message) ?? result;
  return result;
}

describe('the streamed pipeline', () => {
  it('gives the same result when two workers share the chunks, whatever order they arrive in', async () => {
    const events = Array.from({ length: CHUNK_EVENTS * 3 + 11 }, (_, i) =>
      i % 997 === 0
        ? { id: `bad-${i}`, title: 'no date' }
        : { id: `e-${i % 4000}`, date: '2021-06', title: `Event ${i}`, sources: ['s1'] },
    );
    const text = JSON.stringify({ ...header, events });
    const expected = parseAnyText(text);
    expect(await inTwoParts(text, (m) => m)).toEqual(expected);
    expect(await inTwoParts(text, (m) => [...m].reverse())).toEqual(expected);
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyEvent, { maxLength: 30 }),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        async (few, keys) => {
          const small = JSON.stringify({ ...header, events: few });
          // Any arrival order: messages sorted by random keys.
          const shuffled = (m: ParseMessage[]) =>
            m
              .map((message, i) => ({ message, key: keys[i % keys.length]! * 100 + i }))
              .sort((x, y) => x.key - y.key)
              .map(({ message }) => message);
          expect(await inTwoParts(small, shuffled)).toEqual(parseAnyText(small));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives exactly what the whole-file parser gives, for any mix of good and bad records', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyEvent, { maxLength: 40 }),
        fc.constantFrom(undefined, 2),
        async (events, indent) => {
          const text = JSON.stringify({ ...header, events }, null, indent);
          const expected = parseAnyText(text);
          expect(await streamed(text)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps every good event across many chunks and reports bad ones by their index in the file', async () => {
    const events = Array.from({ length: CHUNK_EVENTS * 2 + 7 }, (_, i) =>
      i % 1000 === 999
        ? { id: `bad-${i}`, title: 'no date' }
        : { id: `e-${i}`, date: '2020-01-01', title: `Event ${i}` },
    );
    const result = await streamed(JSON.stringify({ ...header, events }));
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.dataset.events).toHaveLength(events.length - 5);
    expect(result.problems.map((p) => p.path)).toEqual(
      [999, 1999, 2999, 3999, 4999].map((i) => `events[${i}].date`),
    );
  });

  it('rejects a file with a syntax error among its events whole, with line and column', async () => {
    const text = `${JSON.stringify({ ...header, events: [] }).slice(0, -3)}[{"id": "a", "date": "2020", "title": "x",}]}`;
    const result = await streamed(text);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error.message).toMatch(/line 1, column \d+/);
  });

  it('converts other formats through the whole-file path', async () => {
    const csv = 'id,date,title\na,2020-01-02,First\nb,not a date,Second\n';
    expect(await streamed(csv)).toEqual(parseAnyText(csv));
    const timelinejs = JSON.stringify({
      events: [{ start_date: { year: 2020 }, text: { headline: '<b>Hi</b>' } }],
    });
    expect(await streamed(timelinejs)).toEqual(parseAnyText(timelinejs));
  });
});
