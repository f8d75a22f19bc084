import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainResult } from '../testing/plain-events';
import { ArrivingBytes } from './arriving-bytes';
import { DatasetAssembler } from './assemble-dataset';
import { parseAnyText } from './parse-any-text';
import type { ParseResult } from './parse-dataset';
import { CHUNK_EVENTS, type ChunkHelper, checkChunk, runParsePipeline } from './parse-pipeline';
import type { ChunkReport, ChunkTask, ParseMessage } from './parse-protocol';

/** The result of reading `text` through the pipeline, its events as plain objects. */
async function streamed(
  text: string | Uint8Array | ArrivingBytes,
): Promise<ParseResult | undefined> {
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
  return plainResult(result);
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

/**
 * A helper worker in the test's hands: it takes what it is handed (when `room` says it has room)
 * and checks it all once the reader asks whether it is finished, posting as a worker would.
 */
function helperFor(post: (message: ParseMessage) => void, room: () => boolean): ChunkHelper {
  const tasks: ChunkTask[] = [];
  return {
    hasRoom: room,
    hand: (task) => tasks.push(structuredClone(task, { transfer: [task.bytes] })),
    finished: async () => {
      const reports: ChunkReport[] = tasks.map((task) =>
        checkChunk(task, new Uint8Array(task.bytes), post),
      );
      return {
        broken: reports.some((r) => r.broken),
        lossy: reports.some((r) => r.lossy),
      };
    },
  };
}

/** A reader and a helper worker's messages, interleaved in an order chosen by `order`. */
async function inTwoParts(
  text: string,
  order: (messages: ParseMessage[]) => ParseMessage[],
  room: () => boolean = () => true,
): Promise<ParseResult | undefined> {
  const messages: ParseMessage[] = [];
  const collect = (m: ParseMessage) => messages.push(structuredClone(m));
  await runParsePipeline(
    new TextEncoder().encode(text),
    collect,
    () => Promise.resolve(),
    helperFor(collect, room),
  );
  const assembler = new DatasetAssembler();
  let result: ParseResult | undefined;
  for (const message of order(messages)) result = assembler.accept(message) ?? result;
  return plainResult(result);
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
    // A helper that has room now and then: the reader checks the rest itself.
    let turn = 0;
    expect(
      await inTwoParts(
        text,
        (m) => m,
        () => turn++ % 3 === 0,
      ),
    ).toEqual(expected);
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

  /** Reads `text` as a download cut at `cuts`, the pipeline running on between the pieces. */
  async function whileArriving(
    text: string,
    cuts: readonly number[],
    announced: number | undefined,
  ) {
    const bytes = new TextEncoder().encode(text);
    const ends = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const arriving = new ArrivingBytes(announced);
    const reading = streamed(arriving);
    let from = 0;
    for (const end of [...ends, bytes.length]) {
      await new Promise((resume) => setTimeout(resume, 0));
      arriving.append(bytes.slice(from, end));
      from = end;
    }
    arriving.finish();
    return reading;
  }

  it('reads a file while it downloads, in pieces cut anywhere, as it reads the whole file', async () => {
    const csv = 'id,date,title\na,2020,Alpha\nb,2021,Beta\n';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .array(anyEvent, { maxLength: 25 })
            .map((events) => JSON.stringify({ ...header, events }, null, 1)),
          // A format read whole; broken JSON (read whole once it is all in).
          fc.constant(csv),
          fc.constant(`${JSON.stringify({ ...header, events: [] }).slice(0, -3)}[{"id": 1,}]}`),
        ),
        fc.array(fc.nat(), { maxLength: 10 }),
        // The size the server announced: the right one, none, or one too small.
        fc.constantFrom('right', 'none', 'too small'),
        async (text, cuts, announced) => {
          const size = new TextEncoder().encode(text).length;
          const declared = announced === 'right' ? size : announced === 'none' ? undefined : 7;
          expect(await whileArriving(text, cuts, declared)).toEqual(parseAnyText(text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a file of many chunks while it downloads, chunk by chunk as they are complete', async () => {
    const text = JSON.stringify({
      ...header,
      events: Array.from({ length: CHUNK_EVENTS * 2 + 3 }, (_, i) => ({
        id: `e-${i % 3000}`,
        date: '2021-06',
        title: `Event ${i}`,
      })),
    });
    const third = Math.floor(text.length / 3);
    const expected = parseAnyText(text);
    expect(await whileArriving(text, [third, third * 2 + 17], text.length)).toEqual(expected);
    expect(await whileArriving(text, [5, 4000, third * 2], undefined)).toEqual(expected);
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
    expect(result).toEqual(parseAnyText(text));
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

  it('reads a large file in another format whole, without checking its events as ours', async () => {
    // A TimelineJS timeline also has "events"; it never says it is a bilateral-events file.
    const timeline = {
      events: Array.from({ length: CHUNK_EVENTS * 2 + 3 }, (_, i) => ({
        start_date: { year: 1990 + (i % 30), month: 1 + (i % 12) },
        text: { headline: `Event ${i}` },
      })),
    };
    const text = JSON.stringify(timeline);
    const expected = parseAnyText(text);
    expect(expected.ok).toBe(true);
    const messages: ParseMessage[] = [];
    const collect = (m: ParseMessage) => messages.push(m);
    await runParsePipeline(
      text,
      collect,
      () => Promise.resolve(),
      helperFor(collect, () => true),
    );
    expect(messages.map((m) => m.kind)).not.toContain('restart');
    expect(await streamed(text)).toEqual(expected);
    expect(await inTwoParts(text, (m) => m)).toEqual(expected);
  });

  it('starts over, reading the file whole, when the file’s own fields are not what it said', async () => {
    // It says it is ours first, and chunks go out; a second "format" at the end (the one
    // JSON.parse keeps) says otherwise.
    const events = Array.from({ length: CHUNK_EVENTS * 2 + 3 }, (_, i) => ({
      id: `e-${i}`,
      date: '2020',
      title: `Event ${i}`,
    }));
    const text = `${JSON.stringify({ ...header, events }).slice(0, -1)}, "format": "other"}`;
    const expected = parseAnyText(text);
    expect(expected.ok).toBe(false);
    const messages: ParseMessage[] = [];
    const collect = (m: ParseMessage) => messages.push(m);
    await runParsePipeline(text, collect, () => Promise.resolve());
    expect(messages.map((m) => m.kind).slice(0, 2)).toEqual(['events', 'events']);
    expect(messages.map((m) => m.kind)).toContain('restart');
    expect(await streamed(text)).toEqual(expected);
    expect(await inTwoParts(text, (m) => m)).toEqual(expected);
  });

  it('finds broken JSON right at a chunk’s edge: a trailing comma, an empty element after it', async () => {
    const events = Array.from({ length: CHUNK_EVENTS }, (_, i) => ({
      id: `e-${i}`,
      date: '2020',
      title: `Event ${i}`,
    }));
    const whole = JSON.stringify({ ...header, events }, null, 1);
    const closing = whole.lastIndexOf(']');
    for (const text of [
      // A comma after the last of exactly one chunk's events: "[\n]" alone parses, to nothing.
      `${whole.slice(0, closing)},\n${whole.slice(closing)}`,
      `${whole.slice(0, closing)}, ,\n${whole.slice(closing)}`,
    ]) {
      const expected = parseAnyText(text);
      expect(expected.ok).toBe(false);
      expect(await streamed(text)).toEqual(expected);
      expect(await inTwoParts(text, (m) => m)).toEqual(expected);
    }
  });

  it('reads a CSV file whole even when a cell holds something like an events array', async () => {
    const csv = 'id,date,title,summary\ne1,2024-01-01,Talks,{"events": [one two]}\n';
    const expected = parseAnyText(csv);
    expect(expected.ok).toBe(true);
    expect(await streamed(csv)).toEqual(expected);
    expect(await streamed(new TextEncoder().encode(csv))).toEqual(expected);
  });

  it('warns where the file is not UTF-8, as when the whole file is decoded, and keeps the records', async () => {
    const events = Array.from({ length: CHUNK_EVENTS * 2 + 5 }, (_, i) => ({
      id: `e-${i}`,
      date: '2020-01-01',
      title: i === CHUNK_EVENTS + 7 || i === CHUNK_EVENTS * 2 ? 'LATIN-1' : `Event ${i}`,
    }));
    const text = JSON.stringify({ ...header, events }, null, 1);
    // Two titles saved as Latin-1: "Café" with "é" as the single byte 0xE9.
    const parts = text.split('LATIN-1').map((part) => new TextEncoder().encode(part));
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length + 4, -4));
    let at = 0;
    parts.forEach((part, i) => {
      bytes.set(part, at);
      at += part.length;
      if (i < parts.length - 1) {
        bytes.set([0x43, 0x61, 0x66, 0xe9], at);
        at += 4;
      }
    });
    const expected = parseAnyText(new TextDecoder().decode(bytes));
    expect(expected.ok && expected.problems[0]?.message).toMatch(/2 characters could not be read/);
    expect(await streamed(bytes)).toEqual(expected);
    const messages: ParseMessage[] = [];
    const collect = (m: ParseMessage) => messages.push(structuredClone(m));
    await runParsePipeline(
      bytes,
      collect,
      () => Promise.resolve(),
      helperFor(collect, () => true),
    );
    const assembler = new DatasetAssembler();
    expect(plainResult(messages.map((m) => assembler.accept(m)).find(Boolean))).toEqual(expected);
  });

  it('reads text given as text, and UTF-16 files, as it reads UTF-8 bytes', async () => {
    const events = [{ id: 'a', date: '2020', title: 'پاکستان 中国' }];
    const text = JSON.stringify({ ...header, events });
    const expected = parseAnyText(text);
    expect(await streamed(text)).toEqual(expected);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(await streamed(utf16)).toEqual(expected);
    // A byte-order mark opens a file; in the middle of one it is not JSON.
    expect(await streamed(`\uFEFF${text}`)).toEqual(expected);
    const inside = text.replace('[{"id"', '[\uFEFF{"id"');
    expect(await streamed(inside)).toEqual(parseAnyText(inside));
    expect((await streamed(inside))?.ok).toBe(false);
    // A lone surrogate (as an escape can leave in a text) is kept as the whole-file parse keeps it.
    const lone = JSON.stringify({
      ...header,
      events: [{ id: 'a', date: '2020', title: 'x\uD800y' }],
    });
    expect(await streamed(lone)).toEqual(parseAnyText(lone));
  });

  it('rejects a file whose syntax error is in a chunk the helper checked', async () => {
    const events = Array.from({ length: CHUNK_EVENTS * 2 }, (_, i) => ({
      id: `e-${i}`,
      date: '2020',
      title: `Event ${i}`,
    }));
    const text = JSON.stringify({ ...header, events }).replace('"title":"Event 10"', '"title" "x"');
    const expected = parseAnyText(text);
    expect(expected.ok).toBe(false);
    // Every chunk goes to the helper, the broken one included.
    expect(await inTwoParts(text, (m) => m)).toEqual(expected);
  });
});
