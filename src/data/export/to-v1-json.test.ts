import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../parse-dataset';
import { toV1Json } from './to-v1-json';

const original = JSON.parse(
  readFileSync(
    new URL('../../../tests/fixtures/importers/export-roundtrip.v1.json', import.meta.url),
    'utf8',
  ),
);

function load(json: unknown) {
  const result = parseDatasetJson(json, { strict: true });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('toV1Json', () => {
  it('gives back every field of every event, as the file had it', () => {
    const exported = toV1Json(load(original).dataset);
    const byId = new Map(exported.events.map((e) => [e.id, e]));
    expect(exported.events).toHaveLength(original.events.length);
    for (const event of original.events) expect(byId.get(event.id)).toStrictEqual(event);
    expect(exported).toMatchObject({
      format: 'bilateral-events',
      version: 1,
      title: original.title,
      description: original.description,
      language: 'en',
      parties: original.parties,
    });
  });

  it('keeps only the sources the exported events cite', () => {
    const { dataset } = load(original);
    expect(toV1Json(dataset).sources?.map((s) => s.id)).toEqual([
      'example-news-2021-03-05',
      'example-ministry-2021',
      'example-archive',
      'example-secondary',
    ]);
    const one = dataset.events.filter((e) => e.id === 'example-committee-2');
    const subset = toV1Json(dataset, one);
    expect(subset.events.map((e) => e.id)).toEqual(['example-committee-2']);
    expect(subset.sources?.map((s) => s.id)).toEqual(['example-ministry-2021']);
  });

  it('writes a file the loader reads back into the same dataset, without a single problem', () => {
    const first = load(original);
    const again = load(toV1Json(first.dataset));
    expect(again.problems).toEqual([]);
    expect(again.dataset.events.map(({ index: _i, ...rest }) => rest)).toEqual(
      first.dataset.events.map(({ index: _i, ...rest }) => rest),
    );
  });
});
