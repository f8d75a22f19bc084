import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTimelineJs } from '../export/to-timelinejs';
import { parseDatasetJson } from '../parse-dataset';
import { importTimelineJs } from './import-timelinejs';
import { UNSTATED_PARTIES } from './resolve-parties';
import { readSlideMedia } from './timelinejs-media';
import { importTimelineJsSheet } from './timelinejs-sheet';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/importers/${name}`, import.meta.url), 'utf8');

describe('the TimelineJS spreadsheet template, saved as CSV', () => {
  const result = importTimelineJsSheet(fixture('timelinejs-sheet.csv'));
  const byTitle = new Map(result.json.events.map((e) => [e.title, e]));

  it('reads the title row as the dataset title and description, and era rows as eras', () => {
    expect(result.json.title).toBe('Example Harbour Timeline');
    expect(result.json.description).toBe('A fictional timeline, written to test the importer.');
    expect(result.json.eras).toEqual([
      {
        id: 'the-example-decade-1990',
        title: 'The example decade',
        start: '1990',
        end: '1999',
        kind: 'era',
      },
    ]);
    expect(result.json.events).toHaveLength(5);
  });

  it('keeps the precision of Year, Month and Day, and reads -300 as 300 BCE (-0299)', () => {
    expect(byTitle.get('Example founding')?.date).toBe('-0299');
    expect(byTitle.get('Example visit')?.date).toBe('1995-06');
    expect(byTitle.get('Example agreement signed')?.date).toBe('1990-03-15');
  });

  it('keeps Display Date and Group', () => {
    const agreement = byTitle.get('Example agreement signed');
    expect(agreement?.displayDate).toBe('Spring 1990');
    expect(agreement?.group).toBe('Agreements');
  });

  it('makes the links in the text the event’s sources, titled by the link text', () => {
    const agreement = byTitle.get('Example agreement signed');
    const cited = agreement?.sources?.map((id) => result.json.sources?.find((s) => s.id === id));
    expect(cited).toEqual([
      expect.objectContaining({
        title: 'Example News',
        url: 'https://news.example.org/1990/agreement',
        kind: 'news',
      }),
      expect.objectContaining({
        title: 'Example Wire',
        url: 'https://wire.example.net/item/7',
        kind: 'news',
      }),
    ]);
    expect(agreement?.summary).toBe('Reported by Example News and Example Wire.');
  });

  it('turns media into media items and quotes, and never stores HTML', () => {
    expect(byTitle.get('Example agreement signed')?.media).toEqual([
      {
        url: 'https://images.example.org/signing.jpg',
        kind: 'image',
        caption: 'The signing ceremony',
        credit: 'Example Agency',
      },
    ]);
    expect(byTitle.get('Example visit')?.statements).toEqual([
      { speaker: 'Example Minister', kind: 'quote', text: 'We came as friends.' },
    ]);
    expect(byTitle.get('Example interview')?.media).toEqual([
      { url: 'https://video.example.org/embed/42', kind: 'link' },
    ]);
    expect(byTitle.get('Example post')?.media).toEqual([
      { url: 'https://twitter.com/example/status/123', kind: 'link' },
    ]);
    expect(JSON.stringify(result.json)).not.toMatch(/<\/?[a-z]/i);
  });

  it('names a bad cell by its row and column, and says which columns it did not read', () => {
    expect(result.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      'warning row 1: the Time column was not read: a dataset keeps dates to the day, and has no thumbnails or slide backgrounds',
      'error row 8: column Month: "13" is not a month from 1 to 12',
    ]);
  });

  it('says the parties are not stated rather than inventing them, and loads without a problem', () => {
    expect(result.partiesStated).toBe(false);
    expect(result.json.parties).toEqual(UNSTATED_PARTIES);
    const loaded = parseDatasetJson(result.json);
    expect(loaded.ok && loaded.problems).toEqual([]);
    expect(
      importTimelineJsSheet(fixture('timelinejs-sheet.csv'), { parties: ['SYR', 'TUR'] }).json
        .parties,
    ).toEqual([
      { code: 'SYR', name: 'Syria' },
      { code: 'TUR', name: 'Türkiye' },
    ]);
  });
});

describe('TimelineJS JSON shapes', () => {
  const slides = [{ start_date: { year: 2001 }, text: { headline: 'Example' } }];

  it('reads a {"timeline": …} wrapper like a bare timeline', () => {
    const wrapped = importTimelineJs({
      timeline: { title: { text: { headline: 'T' } }, events: slides },
    });
    expect(wrapped.json.events.map((e) => e.date)).toEqual(['2001']);
    expect(wrapped.json.title).toBe('T');
  });

  it('reads TimelineJS 2: startDate "1990,3,15", headline, tag, asset and eras', () => {
    const result = importTimelineJs(JSON.parse(fixture('timelinejs2.json')));
    expect(result.problems).toEqual([]);
    expect(result.json.title).toBe('Example timeline, TimelineJS 2');
    expect(result.json.events.map((e) => [e.title, e.date, e.end])).toEqual([
      ['Example talks', '1990-03-15', '1990-03-17'],
      ['Example year', '1991', undefined],
      ['Example ancient event', '-0299', undefined],
    ]);
    expect(result.json.events[0]).toMatchObject({
      group: 'Talks',
      media: [
        { url: 'https://images.example.org/talks.png', kind: 'image', credit: 'Example Agency' },
      ],
    });
    expect(result.json.eras?.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Example era', '1990', '1995'],
    ]);
  });

  it('says what is missing when a wrapper holds neither events nor dates', () => {
    const result = importTimelineJs({ timeline: { headline: 'x' } });
    expect(result.problems[0]?.message).toContain(
      'neither an "events" list (TimelineJS 3) nor a "date" list (TimelineJS 2)',
    );
  });

  it('refuses year 0, which TimelineJS does not have', () => {
    const result = importTimelineJs({
      events: [{ start_date: { year: 0 }, text: { headline: 'x' } }],
    });
    expect(result.json.events).toEqual([]);
    expect(result.problems[0]?.message).toContain('1 BCE is -1');
  });

  it('converts BCE years both ways: TimelineJS -300 is EDTF -0299 and goes back as -300', () => {
    const result = importTimelineJs({
      events: [{ start_date: { year: -300 }, text: { headline: 'x' } }],
    });
    expect(result.json.events[0]?.date).toBe('-0299');
    const back = toTimelineJs({ ...result.json, parties: [...UNSTATED_PARTIES] });
    expect(back.events[0]?.start_date).toEqual({ year: -300 });
  });

  it('makes links sources of the kind it is told', () => {
    const result = importTimelineJs(
      {
        events: [
          {
            start_date: { year: 2001 },
            text: { headline: 'x', text: '<a href="https://mofa.example.org/1">Press release</a>' },
          },
        ],
      },
      { linkKind: 'official' },
    );
    expect(result.json.sources?.[0]).toMatchObject({ kind: 'official', title: 'Press release' });
  });
});

describe('readSlideMedia', () => {
  const read = (url: string) =>
    readSlideMedia({ url, caption: undefined, credit: undefined, alt: undefined });

  it.each([
    ['https://example.org/a.mp3', 'audio'],
    ['https://example.org/a.MP4?x=1', 'video'],
    ['media/photo.webp', 'image'],
    ['https://www.youtube.com/watch?v=abc', 'link'],
  ])('reads %s as %s', (url, kind) => {
    expect(read(url)).toMatchObject({ kind: 'media', media: { url, kind } });
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '<p>no address</p>'])(
    'leaves out %s',
    (url) => {
      expect(read(url).kind).toBe('none');
    },
  );

  it('takes a quote without a cite as a quote with no speaker', () => {
    expect(read('<blockquote><p>Plain words.</p></blockquote>')).toEqual({
      kind: 'quote',
      speaker: undefined,
      text: 'Plain words.',
    });
  });
});
