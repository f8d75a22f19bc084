import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../importers/import-csv';
import type { V1Document } from '../importers/import-result';
import { parseDatasetJson } from '../parse-dataset';
import { toCsv } from './to-csv';
import { toV1Json } from './to-v1-json';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

function fixtureDocument(): V1Document {
  const result = parseDatasetJson(
    JSON.parse(read('tests/fixtures/importers/export-roundtrip.v1.json')),
  );
  if (!result.ok) throw new Error(result.error.message);
  return toV1Json(result.dataset);
}

describe('toCsv', () => {
  const doc = fixtureDocument();
  const csv = toCsv(doc);
  const back = importCsv(csv, { parties: ['PAK', 'CHN'] });
  const byId = new Map(back.json.events.map((e) => [e.id, e]));

  it('writes the columns of the template, in its order', () => {
    const templateHeader = read('templates/events-template.csv').split(/\r?\n/, 1)[0];
    expect(csv.split('\r\n', 1)[0]).toBe(templateHeader);
  });

  it('keeps the title, description, parties and eras through v1 → CSV → v1, parties not asked for', () => {
    const unasked = importCsv(csv);
    expect(unasked.partiesStated).toBe(true);
    expect(unasked.json.parties).toEqual(doc.parties);
    expect(unasked.json.title).toBe(doc.title);
    expect(unasked.json.description).toBe(doc.description);
    expect(unasked.json.eras).toEqual(doc.eras);
  });

  it('is read back by the CSV importer without a problem', () => {
    expect(back.problems).toEqual([]);
    expect(back.json.events.map((e) => e.id)).toEqual(doc.events.map((e) => e.id));
  });

  it.each([
    'date',
    'end',
    'title',
    'summary',
    'type',
    'tags',
    'location',
    'participants',
    'statements',
    'outcomes',
    'series',
    'related',
    'sources',
    'verification',
    'media',
    'displayDate',
  ] as const)('keeps %s through v1 → CSV → v1', (field) => {
    for (const event of doc.events) expect(byId.get(event.id)?.[field]).toStrictEqual(event[field]);
  });

  it('keeps every cited source, giving a row of its own to one that is no event’s first', () => {
    expect(doc.sources?.map((s) => s.id)).toContain('example-secondary');
    expect(csv).toMatch(
      /\r\n,,,,,,,,,,,,,,,,,,,example-secondary,https:\/\/review\.example\.org\/7,/,
    );
    const byIdOrder = (sources: V1Document['sources']) =>
      [...(sources ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    expect(byIdOrder(back.json.sources)).toStrictEqual(byIdOrder(doc.sources));
  });

  it('loses only what a CSV cannot hold: translations', () => {
    const committee = doc.events.find((e) => e.id === 'example-committee-1');
    expect(committee?.i18n).toBeDefined();
    expect(byId.get('example-committee-1')?.i18n).toBeUndefined();
  });

  it('keeps a spreadsheet from running a title as a formula, and the importer undoes the guard', () => {
    expect(csv).toContain(",'=Example treaty");
    expect(csv).toContain("'+1 example outcome");
    expect(csv).toContain(',-0500%,');
    expect(byId.get('example-treaty')?.title).toMatch(/^=Example treaty/);
  });
});
