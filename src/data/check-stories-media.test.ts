import { describe, expect, it } from 'vitest';
import { checkRules } from './check-rules';
import { parseDatasetJson } from './parse-dataset';

type Json = Record<string, unknown>;

const event = (id: string, date: string, extra: Json = {}): Json => ({
  id,
  date,
  title: `Example ${id}`,
  type: 'CONSULT',
  sources: ['src-a'],
  verification: { status: 'verified' },
  ...extra,
});

const doc = (extra: Json): Json => ({
  format: 'bilateral-events',
  version: 1,
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  sources: [{ id: 'src-a', title: 'Example source A' }],
  events: [
    event('a', '2013-07-05', { series: { id: 'jcc', number: 1 }, tags: ['cpec'] }),
    event('b', '2015-04-20'),
  ],
  ...extra,
});

function check(json: Json): string[] {
  const parsed = parseDatasetJson(json, { strict: true });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return checkRules(json, parsed).map((p) => `${p.severity} ${p.path}: ${p.message}`);
}

const story = (steps: Json[]): Json => ({ stories: [{ id: 'tour', title: 'Tour', steps }] });

describe('story checks', () => {
  it('finds nothing wrong in a well-made story', () => {
    expect(
      check(
        doc(
          story([
            {
              event: 'a',
              caption: 'The start.',
              from: '2013',
              to: '2014',
              filters: { series: ['jcc'] },
            },
            { caption: 'A period.', from: '2014', to: '2016', lanes: 'host', durationMs: 6000 },
            { event: 'b', caption: 'Then.' },
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      { event: 'nope', caption: 'x' },
      'error stories[0].steps[0].event: refers to an unknown event "nope"',
    ],
    [
      { event: 'a' },
      'error stories[0].steps[0].caption: is empty: every step needs a caption to show and announce',
    ],
    [
      { event: 'a', caption: '   ' },
      'error stories[0].steps[0].caption: is empty: every step needs a caption to show and announce',
    ],
    [
      { caption: 'x', from: '2016', to: '2014' },
      'error stories[0].steps[0].from: "2016" to "2014" is not a window (a start after its end?)',
    ],
    [
      { event: 'a', caption: 'x', from: '2020', to: '2021' },
      `error stories[0].steps[0].event: "a" is outside the step's window`,
    ],
    [
      { event: 'b', caption: 'x', filters: { series: ['jcc'] } },
      `error stories[0].steps[0].filters: hide the step's own event "b"`,
    ],
    [
      { caption: 'x', from: '2013', filters: { tag: ['nothing'] } },
      'warning stories[0].steps[0].filters.tag[0]: "nothing" matches no event',
    ],
    [
      { caption: 'x', from: '2013', lanes: 'sideways' },
      'warning stories[0].steps[0].lanes: "sideways" is not one of one, host, type, series',
    ],
    [
      { caption: 'x', from: '2013', durationMs: 500 },
      'warning stories[0].steps[0].durationMs: 500 ms is too short to read a caption (at least 2000)',
    ],
  ])('reports %o', (step, expected) => {
    expect(check(doc(story([step])))).toContain(expected);
  });
});

describe('media checks', () => {
  const withMedia = (media: Json[]) =>
    doc({
      events: [event('a', '2013-07-05', { media }), event('b', '2015')],
    });

  it('accepts images with alt, relative or https addresses, and a cited source', () => {
    expect(
      check(
        withMedia([
          { url: 'media/a.jpg', kind: 'image', alt: 'A handshake', source: 'src-a' },
          { url: 'https://example.org/clip.mp3', kind: 'audio' },
          { url: 'https://example.org/page', kind: 'link' },
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      { url: 'media/a.jpg', kind: 'image' },
      'error events[0].media[0].alt: is missing: an image is shown only with a text alternative',
    ],
    [
      { url: 'media/a.jpg', kind: 'image', alt: ' ' },
      'error events[0].media[0].alt: is missing: an image is shown only with a text alternative',
    ],
    [
      { url: 'http://example.org/a.mp3', kind: 'audio' },
      'error events[0].media[0].url: must be relative to the dataset file, or https:',
    ],
    [
      { url: 'javascript:alert(1)', kind: 'link' },
      'error events[0].media[0].url: must be relative to the dataset file, or https:',
    ],
    [
      { url: '//cdn.example/a.mp4', kind: 'video' },
      'error events[0].media[0].url: must be relative to the dataset file, or https: (not "//host")',
    ],
    [
      { url: 'a.mp3', kind: 'audio', source: 'nowhere' },
      'error events[0].media[0].source: cites an unknown source "nowhere"',
    ],
  ])('reports %o', (media, expected) => {
    expect(check(withMedia([media]))).toContain(expected);
  });

  it('counts a source cited only by media as cited', () => {
    const json = doc({
      sources: [
        { id: 'src-a', title: 'A' },
        { id: 'photo-desk', title: 'Photo desk' },
      ],
      events: [
        event('a', '2013', {
          media: [{ url: 'a.jpg', kind: 'image', alt: 'x', source: 'photo-desk' }],
        }),
      ],
    });
    expect(check(json)).toEqual([]);
  });
});
