import { describe, expect, it } from 'vitest';
import { placeMedia } from './media-placement';
import type { Media } from './types';

const PAGE = 'https://news.example/graphics/timeline/?story=x';
const DATA = 'data/china-pakistan.json';

const media = (url: string, kind: Media['kind'], alt: string | undefined = 'A picture'): Media => ({
  url,
  kind,
  alt,
  caption: undefined,
  credit: undefined,
  source: undefined,
});

describe('placeMedia', () => {
  it.each([
    // Relative to the dataset, on the page's own site: shown.
    [
      media('media/a.jpg', 'image'),
      { kind: 'image', src: 'https://news.example/graphics/timeline/data/media/a.jpg' },
    ],
    [media('/clips/a.mp3', 'audio'), { kind: 'audio', src: 'https://news.example/clips/a.mp3' }],
    [
      media('https://news.example/v.mp4', 'video'),
      { kind: 'video', src: 'https://news.example/v.mp4' },
    ],
    // From another site: a link, never fetched by the page.
    [
      media('https://cdn.example/a.jpg', 'image'),
      { kind: 'link', href: 'https://cdn.example/a.jpg', elsewhere: true },
    ],
    [
      media('//cdn.example/a.mp3', 'audio'),
      { kind: 'link', href: 'https://cdn.example/a.mp3', elsewhere: true },
    ],
    // A link stays a link, even on the own site.
    [
      media('media/report.pdf', 'link'),
      {
        kind: 'link',
        href: 'https://news.example/graphics/timeline/data/media/report.pdf',
        elsewhere: false,
      },
    ],
    // An image without alt text is not shown, only linked.
    [
      media('media/a.jpg', 'image', ' '),
      {
        kind: 'link',
        href: 'https://news.example/graphics/timeline/data/media/a.jpg',
        elsewhere: false,
      },
    ],
    // Not a web address: left out.
    [media('javascript:alert(1)', 'link'), { kind: 'none' }],
    [media('file:///etc/passwd', 'image'), { kind: 'none' }],
    // Inlined by the single-file build: shown when of its own kind.
    [
      media('data:image/png;base64,AAAA', 'image'),
      { kind: 'image', src: 'data:image/png;base64,AAAA' },
    ],
    [media('data:text/html,<b>x</b>', 'image'), { kind: 'none' }],
    [media('data:image/png;base64,AAAA', 'audio'), { kind: 'none' }],
  ])('%o → %o', (item, expected) => {
    expect(placeMedia(item, DATA, PAGE)).toEqual(expected);
  });

  it('treats a page read from a folder (file://) and its own files as one site', () => {
    expect(
      placeMedia(media('media/a.jpg', 'image'), DATA, 'file:///stick/bilateral/index.html'),
    ).toEqual({
      kind: 'image',
      src: 'file:///stick/bilateral/data/media/a.jpg',
    });
  });
});
