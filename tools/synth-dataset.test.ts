import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRules } from '../src/data/check-rules';
import { parseDatasetJson } from '../src/data/parse-dataset';
import { parseEdtf } from '../src/domain/edtf';
import { checkFile } from './lib/check-file';
import { synthDocument } from './lib/synth-dataset';

describe('synthetic datasets', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = JSON.stringify(synthDocument({ events: 300, seed: 5 }));
    expect(JSON.stringify(synthDocument({ events: 300, seed: 5 }))).toBe(a);
    expect(JSON.stringify(synthDocument({ events: 300, seed: 6 }))).not.toBe(a);
  });

  it.each([0, 1, 2, 7, 100, 2500])('have exactly the %i events asked for, with unique ids', (n) => {
    const doc = synthDocument({ events: n, seed: 1 });
    expect(doc.events).toHaveLength(n);
    expect(new Set(doc.events.map((e) => e.id)).size).toBe(n);
  });

  it.each([1, 2, 3])('pass the curation check without an error or warning (seed %i)', (seed) => {
    const doc = synthDocument({ events: 3000, seed });
    const parsed = parseDatasetJson(doc, { strict: true });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dataset.events).toHaveLength(3000);
    expect(checkRules(doc, parsed)).toEqual([]);
  });

  it('look like the real thing: every precision and qualifier, visits, series, statements', () => {
    const doc = synthDocument({ events: 5000, seed: 42 });
    const dates = doc.events.map((e) => parseEdtf(e.date));
    const kinds = new Set(
      dates.map((d) =>
        d.ok
          ? `${d.value.precision}${d.value.uncertain ? '?' : ''}${d.value.approximate ? '~' : ''}`
          : 'bad',
      ),
    );
    for (const kind of ['day', 'month', 'year', 'day?', 'day~', 'day?~'])
      expect(kinds).toContain(kind);
    expect(doc.events.filter((e) => e.end !== undefined).length).toBeGreaterThan(50);
    const parties = new Set(doc.events.flatMap((e) => (e.statements ?? []).map((s) => s.party)));
    expect([...parties].sort()).toEqual(['CHN', 'PAK', 'joint']);
    const relations = new Set(doc.events.flatMap((e) => (e.related ?? []).map((r) => r.type)));
    for (const type of ['follows', 'precedes', 'part-of', 'has-part', 'response-to'])
      expect(relations).toContain(type);
    expect(doc.events.some((e) => (e.tags ?? []).length > 0)).toBe(true);
    expect(doc.events.every((e) => e.title.startsWith('Synthetic'))).toBe(true);
  });

  it('number each series in date order', () => {
    const doc = synthDocument({ events: 4000, seed: 9 });
    const bySeries = new Map<string, { number: number; start: number }[]>();
    for (const e of doc.events) {
      if (!e.series?.number) continue;
      const date = parseEdtf(e.date);
      if (!date.ok) continue;
      const list = bySeries.get(e.series.id) ?? [];
      list.push({ number: e.series.number, start: date.value.startMs });
      bySeries.set(e.series.id, list);
    }
    expect(bySeries.size).toBeGreaterThan(2);
    for (const list of bySeries.values()) {
      list.sort((a, b) => a.number - b.number);
      expect(list.map((m) => m.number)).toEqual(list.map((_, i) => i + 1));
      for (let i = 1; i < list.length; i++)
        expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.start - 31 * 86_400_000);
    }
  });

  it('have busy and quiet periods, not an even spread', () => {
    const doc = synthDocument({ events: 5000, seed: 42 });
    const perBlock = new Map<number, number>();
    for (const e of doc.events) {
      const date = parseEdtf(e.date);
      if (!date.ok) continue;
      const block = Math.floor(date.value.startMs / (61 * 86_400_000));
      perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
    }
    const counts = [...perBlock.values()].sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts.at(-1)).toBeGreaterThan(4 * median);
    expect(counts[0]).toBeLessThan(median / 4);
  });

  it('are written by the command as a file that npm run data:check accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synth-'));
    const file = join(dir, 'synth.json');
    const run = spawnSync(
      'npx',
      ['tsx', 'tools/synth-dataset.ts', '--events', '1500', '--seed', '3', '-o', file],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1500 events');
    const report = checkFile(file, readFileSync(file, 'utf8'));
    expect(report.lines.at(-1)).toBe(`${file}: 1500 events, 0 errors, 0 warnings`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(synthDocument({ events: 1500, seed: 3 }))),
    );
  }, 30_000);
});
