import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { synthDocument } from '../../tools/lib/synth-dataset';
import { plainResult } from '../testing/plain-events';
import { DatasetAssembler } from './assemble-dataset';
import { LoadedEvent } from './loaded-event';
import { parseAnyText } from './parse-any-text';
import type { ParseResult } from './parse-dataset';
import { runParsePipeline } from './parse-pipeline';

/** A file's own fields, for the small files written out below. */
const header = {
  format: 'bilateral-events',
  version: 1,
  title: 'T',
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
};

async function readInChunks(text: string): Promise<ParseResult | undefined> {
  const assembler = new DatasetAssembler();
  let result: ParseResult | undefined;
  await runParsePipeline(
    new TextEncoder().encode(text),
    (message) => {
      result = assembler.accept(structuredClone(message)) ?? result;
    },
    () => Promise.resolve(),
  );
  return result;
}

describe('events read in chunks', () => {
  it('have every field the whole-file parser gives, for the shipped dataset', async () => {
    const text = readFileSync('public/data/china-pakistan.json', 'utf8');
    const result = await readInChunks(text);
    expect(result?.ok && result.dataset.events.length).toBeGreaterThan(100);
    expect(plainResult(result)).toEqual(parseAnyText(text));
  });

  it('have every field the whole-file parser gives, for rich synthetic events over several chunks', async () => {
    const text = JSON.stringify(synthDocument({ events: 6000, seed: 7 }));
    const result = await readInChunks(text);
    const events = result?.ok ? result.dataset.events : [];
    expect(events).toHaveLength(6000);
    // The synthetic events carry statements, participants and summaries: the parts read later.
    expect(events.some((event) => event.statements.length > 0)).toBe(true);
    expect(plainResult(result)).toEqual(parseAnyText(text));
  });

  it('read the rest of a record only when asked, and then the whole chunk once', async () => {
    const text = JSON.stringify({
      ...header,
      events: [
        {
          id: 'a',
          date: '2020-01-02',
          title: 'A',
          summary: 'First',
          statements: [{ speaker: 'X', kind: 'quote', text: 'Said.', party: 'PAK' }],
        },
        { id: 'b', date: '2020-01-01', title: 'B', tags: ['trade'] },
      ],
    });
    const result = await readInChunks(text);
    if (!result?.ok) throw new Error('not read');
    const [b, a] = result.dataset.events;
    expect(b).toBeInstanceOf(LoadedEvent);
    const parse = JSON.parse;
    let parses = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parses++;
      return parse(...args);
    };
    try {
      // Placed, titled and ordered without reading the records.
      expect([b?.title, a?.title, a?.startMs]).toEqual(['B', 'A', Date.UTC(2020, 0, 2)]);
      expect(parses).toBe(0);
      expect(a?.summary).toBe('First');
      expect(a?.statements.map((s) => s.text)).toEqual(['Said.']);
      expect(b?.tags).toEqual(['trade']);
      expect(parses).toBe(1);
    } finally {
      JSON.parse = parse;
    }
  });

  it('still warn of statements citing an unknown source, without reading the statements', async () => {
    const text = JSON.stringify({
      ...header,
      sources: [{ id: 's1', title: 'S' }],
      events: [
        {
          id: 'a',
          date: '2020',
          title: 'A',
          statements: [
            { speaker: 'X', kind: 'quote', text: 'One.', party: 'PAK', source: 's1' },
            { speaker: 'Y', kind: 'quote', text: 'Two.', party: 'CHN', source: 'gone' },
          ],
        },
      ],
    });
    const result = await readInChunks(text);
    expect(result?.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'events[0].statements[1].source: cites an unknown source "gone"',
    ]);
  });
});
