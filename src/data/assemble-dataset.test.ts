import { describe, expect, it } from 'vitest';
import { DatasetAssembler } from './assemble-dataset';
import { CHUNK_EVENTS, runParsePipeline } from './parse-pipeline';
import type { ParseMessage } from './parse-protocol';

const header = {
  format: 'bilateral-events',
  version: 1,
  title: 'T',
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
};

async function messagesOf(bytes: Uint8Array): Promise<ParseMessage[]> {
  const messages: ParseMessage[] = [];
  await runParsePipeline(
    bytes,
    (m) => messages.push(m),
    () => Promise.resolve(),
  );
  return messages;
}

describe('DatasetAssembler progress', () => {
  it('goes by the file’s bytes until the events are counted, then by events, up to done', async () => {
    const events = Array.from({ length: CHUNK_EVENTS * 3 + 1 }, (_, i) => ({
      id: `e-${i}`,
      date: '2020-01-01',
      title: `Event ${i}`,
    }));
    const bytes = new TextEncoder().encode(JSON.stringify({ ...header, events }));
    const messages = await messagesOf(bytes);
    // The chunks come first: the count is known once the whole file is scanned.
    expect(messages.map((m) => m.kind)).toEqual([
      'events',
      'events',
      'events',
      'events',
      'header',
      'end',
    ]);
    const assembler = new DatasetAssembler();
    expect(assembler.progress().fraction).toBeUndefined();
    const seen = messages.map((m) => {
      assembler.accept(m);
      return assembler.progress();
    });
    const beforeCount = seen.slice(0, 4).map((p) => p.fraction ?? 0);
    expect(seen.slice(0, 4).every((p) => p.eventsTotal === 0)).toBe(true);
    // Each chunk is about a quarter of the file (the last has one event), never all of it.
    expect(beforeCount[0]).toBeGreaterThan(0.2);
    expect(beforeCount[0]).toBeLessThan(0.35);
    expect(beforeCount).toEqual([...beforeCount].sort((a, b) => a - b));
    expect(beforeCount[3]).toBeLessThan(1);
    expect(seen.at(-1)).toEqual({
      eventsDone: events.length,
      eventsTotal: events.length,
      fraction: 1,
    });
  });

  it('starts again from nothing when the reader starts over, the file’s own fields included', () => {
    const assembler = new DatasetAssembler();
    assembler.accept({
      kind: 'events',
      chunk: 0,
      records: new TextEncoder().encode('{"id": "a", "date": "2020", "title": "A"}').buffer,
      first: 0,
      count: 1,
      outlines: '[[0, "a", "2020", "A"]]',
      share: 0.4,
      problems: [],
    });
    expect(assembler.progress()).toEqual({ eventsDone: 1, eventsTotal: 0, fraction: 0.4 });
    assembler.accept({ kind: 'restart' });
    expect(assembler.progress()).toEqual({
      eventsDone: 0,
      eventsTotal: 0,
      fraction: undefined,
    });
  });
});
