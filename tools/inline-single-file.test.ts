import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  embedJson,
  escapeScript,
  INLINE_MEDIA_MAX_BYTES,
  inlineDatasetMedia,
  mediaFileReader,
  withoutPreloadMarkers,
} from './inline-single-file';

describe('escapeScript', () => {
  it.each([
    ['const a = "</script>";', 'const a = "<\\/script>";'],
    ['x = `</SCRIPT >`', 'x = `<\\/SCRIPT >`'],
    ['s = "<!-- comment"', 's = "<\\!-- comment"'],
    ['a < b && c > d', 'a < b && c > d'],
  ])('%j → %j', (code, expected) => expect(escapeScript(code)).toBe(expected));

  it('keeps string values the same once run', () => {
    const run = new Function(escapeScript('return "</Script><!--" + `</script>`;'));
    expect(run()).toBe('</Script><!--</script>');
  });
});

describe('embedJson', () => {
  it('leaves no "<" that could end the element, and parses back to the same data', () => {
    const data = { title: '</script><script>alert(1)</script>', note: '<!-- a < b -->' };
    const text = embedJson(JSON.stringify(data));
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('withoutPreloadMarkers', () => {
  it('gives every inlined import an empty dependency list', () =>
    expect(
      withoutPreloadMarkers('p(()=>x,__VITE_PRELOAD__,import.meta.url);q(__VITE_PRELOAD__)'),
    ).toBe('p(()=>x,void 0,import.meta.url);q(void 0)'));
});

describe('inlineDatasetMedia', () => {
  const png = new Uint8Array([137, 80, 78, 71]);
  const files: Record<string, Uint8Array> = { 'media/a.png': png, 'media/b.mp3': png };
  const read = (path: string) => files[path];
  const dataset = (media: unknown[]) =>
    JSON.stringify({ format: 'bilateral-events', version: 1, events: [{ id: 'e', media }] });
  const urls = (text: string) =>
    (JSON.parse(text).events[0].media as { url: string }[]).map((m) => m.url);

  it('inlines images and sound beside the dataset, keeping links, other sites and the unknown', () => {
    const text = inlineDatasetMedia(
      dataset([
        { url: 'media/a.png', kind: 'image', alt: 'A' },
        { url: 'media/b.mp3', kind: 'audio' },
        { url: 'media/a.png', kind: 'link' },
        { url: 'https://example.org/a.png', kind: 'image', alt: 'A' },
        { url: 'media/missing.png', kind: 'image', alt: 'A' },
        { url: 'media/a.png', kind: 'video' },
        { url: '/media/a.png', kind: 'image', alt: 'A' },
      ]),
      read,
    );
    expect(urls(text)).toEqual([
      'data:image/png;base64,iVBORw==',
      'data:audio/mpeg;base64,iVBORw==',
      'media/a.png',
      'https://example.org/a.png',
      'media/missing.png',
      'media/a.png',
      '/media/a.png',
    ]);
  });

  it('leaves a file with no media, or no dataset at all, exactly as it was', () => {
    const plain = `${dataset([])}\n`;
    expect(inlineDatasetMedia(plain, read)).toBe(plain);
    expect(inlineDatasetMedia('{not json', read)).toBe('{not json');
  });

  it('reads only files under the dataset folder, and none over the size limit', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bilateral-media-'));
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'secret.txt'), 'outside');
    writeFileSync(join(folder, 'data', 'small.png'), 'png');
    writeFileSync(join(folder, 'data', 'large.png'), new Uint8Array(INLINE_MEDIA_MAX_BYTES + 1));
    const reader = mediaFileReader(join(folder, 'data', 'dataset.json'));
    expect(new TextDecoder().decode(reader('small.png'))).toBe('png');
    expect(reader('large.png')).toBeUndefined();
    expect(reader('../secret.txt')).toBeUndefined();
    expect(reader(join(folder, 'secret.txt'))).toBeUndefined();
  });
});
