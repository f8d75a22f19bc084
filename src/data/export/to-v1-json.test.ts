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
    // The eras travel with any subset, and with them the source an era cites.
    expect(subset.sources?.map((s) => s.id)).toEqual(['example-ministry-2021', 'example-archive']);
    expect(subset.eras?.map((e) => e.id)).toEqual(['example-government', 'example-phase']);
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

describe('toV1Json with eras, stories and media', () => {
  const document = {
    format: 'bilateral-events',
    version: 1,
    title: 'Round trip',
    parties: [
      { code: 'PAK', name: 'Pakistan' },
      { code: 'CHN', name: 'China' },
    ],
    sources: [{ id: 'src-a', title: 'A source' }],
    events: [
      {
        id: 'first',
        date: '2013-07-05',
        title: 'First',
        media: [
          {
            url: 'media/first.jpg',
            kind: 'image',
            alt: 'A handshake',
            caption: 'At the signing',
            credit: 'Photo desk',
            source: 'src-a',
          },
          { url: 'https://example.org/clip', kind: 'link' },
        ],
      },
      { id: 'second', date: '2015', title: 'Second' },
    ],
    eras: [
      {
        id: 'phase-1',
        title: 'Phase one',
        start: '2015',
        end: '2020',
        kind: 'phase',
        sources: ['src-a'],
      },
      { id: 'pm', title: 'A government', start: '2013-06-05', party: 'PAK', kind: 'government' },
    ],
    stories: [
      {
        id: 'tour',
        title: 'Tour',
        description: 'Two steps',
        steps: [
          {
            event: 'first',
            caption: 'It starts.',
            from: '2013',
            to: '2014-06',
            filters: { series: ['s'], q: 'word' },
            lanes: 'series',
            durationMs: 5000,
          },
          { event: 'second', caption: 'It goes on.' },
          { caption: 'The period.', from: '2016' },
        ],
      },
    ],
  };

  // Not curated (no types, sources or verification): the strict check would leave the events out.
  const loadLoose = (json: unknown) => {
    const result = parseDatasetJson(json, { strict: false });
    if (!result.ok) throw new Error(result.error.message);
    return result;
  };

  it('gives back the eras, the stories and every media field as the file had them', () => {
    const exported = toV1Json(loadLoose(document).dataset);
    expect(exported.eras).toStrictEqual(document.eras);
    expect(exported.stories).toStrictEqual(document.stories);
    expect(exported.events[0]?.media).toStrictEqual(document.events[0]?.media);
    expect(exported.sources?.map((s) => s.id)).toEqual(['src-a']);
  });

  it('keeps, for a subset, the story steps whose events are exported', () => {
    const { dataset } = loadLoose(document);
    const subset = toV1Json(
      dataset,
      dataset.events.filter((e) => e.id === 'second'),
    );
    expect(subset.stories?.[0]?.steps.map((step) => step.caption)).toEqual([
      'It goes on.',
      'The period.',
    ]);
  });
});
