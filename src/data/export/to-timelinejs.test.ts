import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { V1Document } from '../importers/import-result';
import { importTimelineJs } from '../importers/import-timelinejs';
import { parseDatasetJson } from '../parse-dataset';
import { toTimelineJs } from './to-timelinejs';
import { toV1Json } from './to-v1-json';

function fixtureDocument(): V1Document {
  const text = readFileSync(
    new URL('../../../tests/fixtures/importers/export-roundtrip.v1.json', import.meta.url),
    'utf8',
  );
  const result = parseDatasetJson(JSON.parse(text));
  if (!result.ok) throw new Error(result.error.message);
  return toV1Json(result.dataset);
}

describe('toTimelineJs', () => {
  const doc = fixtureDocument();
  const timeline = toTimelineJs(doc);
  // Through JSON text, as a file on disk would go.
  const back = importTimelineJs(JSON.parse(JSON.stringify(timeline)));
  const byId = new Map(back.json.events.map((e) => [e.id, e]));

  it('is read back by the TimelineJS importer without a problem', () => {
    expect(back.problems).toEqual([]);
    expect(back.json.events.map((e) => e.id)).toEqual(doc.events.map((e) => e.id));
    expect(back.json.title).toBe(doc.title);
    expect(back.json.description).toBe(doc.description);
  });

  it.each(['date', 'end', 'title', 'summary', 'type', 'outcomes'] as const)(
    'keeps %s through v1 → TimelineJS → v1',
    (field) => {
      for (const event of doc.events)
        expect(byId.get(event.id)?.[field]).toStrictEqual(event[field]);
    },
  );

  it('loses what TimelineJS cannot hold, and marks the result unverified', () => {
    const committee = byId.get('example-committee-1');
    expect(committee?.participants).toBeUndefined();
    expect(committee?.series).toBeUndefined();
    expect(committee?.verification?.status).toBe('unverified');
    // One media item per slide: the first.
    const original = doc.events.find((e) => e.id === 'example-committee-1');
    expect(original?.media).toHaveLength(2);
    expect(committee?.media).toEqual([original?.media?.[0]]);
  });

  it('brings the cited sources back from the links it writes, with their addresses', () => {
    const committee = byId.get('example-committee-1');
    const urls = (committee?.sources ?? []).map(
      (id) => back.json.sources?.find((s) => s.id === id)?.url,
    );
    expect(urls).toEqual([
      'https://news.example.org/2021/03/committee',
      'https://mofa.example.org/press/2021/17',
    ]);
    expect(back.json.sources?.find((s) => s.url === urls[0])?.kind).toBe('news');
  });

  it('keeps the parties, the eras (title and dates) and display dates through a round trip', () => {
    expect(back.json.parties).toEqual(doc.parties);
    expect(back.partiesStated).toBe(true);
    expect(back.json.eras?.map((e) => [e.title, e.start, e.end])).toEqual(
      doc.eras?.map((e) => [e.title, e.start, e.end]),
    );
    expect(byId.get('example-treaty')?.displayDate).toBe('Summer 1963');
    expect(byId.get('example-treaty')?.date).toBe('1963?');
    expect(byId.get('example-committee-2')?.displayDate).toBeUndefined();
  });

  it('writes a group back as the slide group, and reads it back', () => {
    const grouped = toTimelineJs({
      ...doc,
      eras: [],
      events: [{ id: 'g', date: '2020', title: 'Grouped', group: 'Trade talks', type: 'CONSULT' }],
    });
    expect(grouped.events[0]?.group).toBe('Trade talks');
    expect(importTimelineJs(JSON.parse(JSON.stringify(grouped))).json.events[0]?.group).toBe(
      'Trade talks',
    );
  });

  it('writes dates at their precision, qualifiers in words, BCE years as TimelineJS counts them', () => {
    const slides = new Map(timeline.events.map((s) => [s.unique_id, s]));
    expect(slides.get('example-committee-1')?.start_date).toEqual({ year: 2021, month: 3, day: 4 });
    expect(slides.get('example-committee-2')?.start_date).toEqual({
      year: 2021,
      month: 6,
      display_date: 'c. June 2021',
    });
    expect(slides.get('example-treaty')?.start_date).toEqual({ year: 1963, display_date: '1963?' });
    // EDTF -0500 is 501 BCE, which TimelineJS writes as -501.
    expect(slides.get('example-ancient')?.start_date).toEqual({
      year: -501,
      display_date: 'c. 501 BCE?',
    });
  });

  it('escapes dataset text, so nothing in it becomes markup, and links only http(s) sources', () => {
    const slide = timeline.events.find((s) => s.unique_id === 'example-committee-1');
    expect(slide?.text.text).toContain('&lt;angle brackets&gt; &amp; an ampersand');
    expect(slide?.text.text).toContain('&quot;We will meet again,&quot;');
    expect(slide?.text.text).toContain(
      '<a href="https://news.example.org/2021/03/committee" target="_blank" rel="noopener noreferrer">',
    );
    expect(slide?.autolink).toBe(false);
    const unsafe = toTimelineJs({
      ...doc,
      sources: [{ id: 's', title: 'T', url: 'javascript:alert(1)' }],
      events: [{ id: 'x', date: '2020', title: '<img src=x onerror=alert(1)>', sources: ['s'] }],
    });
    expect(JSON.stringify(unsafe)).not.toContain('javascript:');
    expect(unsafe.events[0]?.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});
