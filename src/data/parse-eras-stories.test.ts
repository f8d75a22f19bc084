import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from './parse-dataset';

const base = {
  format: 'bilateral-events',
  version: 1,
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  sources: [{ id: 'src-a' }],
  events: [
    { id: 'mou', date: '2013-07-05', title: 'CPEC MoU signed' },
    {
      id: 'jcc-1',
      date: '2013-08-27',
      title: '1st JCC',
      media: [{ url: 'media/a.jpg', kind: 'image', alt: 'A photo' }],
    },
  ],
};

function parse(extra: object) {
  const result = parseDatasetJson({ ...base, ...extra });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('eras', () => {
  it('reads an era with its dates at their precision, open or closed', () => {
    const { dataset, problems } = parse({
      eras: [
        {
          id: 'pm-1',
          title: 'Nawaz Sharif',
          start: '2013-06-05',
          end: '2017-07-28',
          party: 'PAK',
          kind: 'government',
          sources: ['src-a'],
        },
        { id: 'phase-2', title: 'CPEC Phase II', start: '2020' },
      ],
    });
    expect(problems).toEqual([]);
    expect(
      dataset.eras.map((era) => [era.id, era.party, era.kind, era.endMs === undefined]),
    ).toEqual([
      ['pm-1', 'PAK', 'government', false],
      ['phase-2', undefined, undefined, true],
    ]);
    expect(dataset.eras[0]?.startMs).toBe(Date.UTC(2013, 5, 5));
    expect(dataset.eras[0]?.endMs).toBe(Date.UTC(2017, 6, 29));
  });

  it('leaves out a bad era with its path and reason, and keeps the rest', () => {
    const { dataset, problems } = parse({
      eras: [
        { id: 'ok', title: 'Fine', start: '2001' },
        { id: 'bad', title: 'Backwards', start: '2005', end: '2001' },
        { id: 'ok', title: 'Again', start: '2002' },
        { title: 'No id', start: '2003' },
      ],
    });
    expect(dataset.eras.map((era) => era.id)).toEqual(['ok']);
    expect(problems.map((p) => p.path)).toEqual(['eras[1].end', 'eras[2].id', 'eras[3].id']);
  });

  it('warns about an era citing an unknown source', () => {
    const { dataset, problems } = parse({
      eras: [{ id: 'e', title: 'E', start: '2001', sources: ['nope'] }],
    });
    expect(dataset.eras).toHaveLength(1);
    expect(problems).toMatchObject([{ severity: 'warning', path: 'eras[0].sources[0]' }]);
  });

  it('names an era by its place in the file, not among the eras kept', () => {
    const { problems } = parse({
      eras: [
        { id: 'bad', title: 'Backwards', start: '2005', end: '2001' },
        { id: 'e', title: 'E', start: '2001', sources: ['src-a', 'nope'] },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(['eras[0].end', 'eras[1].sources[1]']);
  });

  it('ignores eras that are not a list, with a warning, and loads the events', () => {
    const { dataset, problems } = parse({ eras: 'none' });
    expect(dataset.events).toHaveLength(2);
    expect(problems[0]?.message).toMatch(/no eras were read/);
  });
});

describe('stories', () => {
  it('reads steps with their event, window, filters and duration', () => {
    const { dataset, problems } = parse({
      stories: [
        {
          id: 'cpec',
          title: 'CPEC',
          steps: [
            {
              event: 'mou',
              caption: 'The start.',
              from: '2013',
              to: '2015-12',
              filters: { series: ['cpec-jcc'], q: 'jcc' },
              lanes: 'series',
              durationMs: 8000,
            },
            { from: '2013-08', to: '2013-09' },
          ],
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(dataset.stories[0]?.steps).toEqual([
      {
        event: 'mou',
        caption: 'The start.',
        from: '2013',
        to: '2015-12',
        filters: { series: ['cpec-jcc'], q: 'jcc' },
        lanes: 'series',
        durationMs: 8000,
        index: 0,
      },
      {
        event: undefined,
        caption: undefined,
        from: '2013-08',
        to: '2013-09',
        filters: {},
        lanes: undefined,
        durationMs: undefined,
        index: 1,
      },
    ]);
  });

  it('skips a step naming an unknown event, with a warning', () => {
    const { dataset, problems } = parse({
      stories: [{ id: 's', title: 'S', steps: [{ event: 'nope' }, { event: 'jcc-1' }] }],
    });
    expect(dataset.stories[0]?.steps.map((step) => step.event)).toEqual(['jcc-1']);
    expect(problems).toMatchObject([{ severity: 'warning', path: 'stories[0].steps[0].event' }]);
  });

  it('reports a step with neither event nor window, and a story with no steps', () => {
    const { dataset, problems } = parse({
      stories: [
        { id: 'a', title: 'A', steps: [{ caption: 'Nothing to show' }, { event: 'mou' }] },
        { id: 'b', title: 'B', steps: [] },
      ],
    });
    expect(dataset.stories.map((story) => story.id)).toEqual(['a']);
    expect(problems.map((p) => p.path)).toEqual(['stories[0].steps[0]', 'stories[1].steps']);
  });
});

describe('media', () => {
  it('keeps an event’s media, and rejects an event whose media has no kind', () => {
    const { dataset, problems } = parse({
      events: [...base.events, { id: 'x', date: '2020', title: 'X', media: [{ url: 'a.mp3' }] }],
    });
    expect(dataset.events.find((event) => event.id === 'jcc-1')?.media).toEqual([
      { url: 'media/a.jpg', kind: 'image', alt: 'A photo' },
    ]);
    expect(problems).toMatchObject([{ path: 'events[2].media[0].kind' }]);
  });

  it('names a story and a step by their places in the file, not among those kept', () => {
    const { dataset, problems } = parse({
      stories: [
        { id: 'a', title: 'A', steps: [] },
        {
          id: 'b',
          title: 'B',
          steps: [{ caption: 'Nothing to show' }, { event: 'mou' }, { event: 'nope' }],
        },
        { id: 'c', title: 'C', steps: [{ caption: 'Nothing' }, { event: 'gone' }] },
      ],
    });
    expect(dataset.stories.map((story) => story.id)).toEqual(['b']);
    expect(problems.map((p) => p.path)).toEqual([
      'stories[0].steps',
      'stories[1].steps[0]',
      'stories[2].steps[0]',
      'stories[1].steps[2].event',
      'stories[2].steps[1].event',
      'stories[2]',
    ]);
  });
});
