import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseUrlState } from '../../state/url-state';
import {
  clampFrameHeight,
  embedScriptUrl,
  embedSnippet,
  embedUrl,
  escapeAttribute,
} from './embed-snippet';

const APP = 'https://news.example/graphics/timeline/index.html?embed=0#x';

describe('embedUrl', () => {
  it.each([
    ['', 'https://news.example/graphics/timeline/index.html?embed=1'],
    [
      '?event=cpec-jwg-icc-4',
      'https://news.example/graphics/timeline/index.html?event=cpec-jwg-icc-4&embed=1',
    ],
    [
      '?from=2022&to=2024&type=AGREE,CONSULT&theme=dark&lang=ur&present=1',
      'https://news.example/graphics/timeline/index.html?from=2022-01-01&to=2024-12-31&type=AGREE%2CCONSULT&lang=ur&theme=dark&embed=1',
    ],
  ])('keeps the view of %j, adds embed=1 and drops presenter mode', (search, expected) => {
    expect(embedUrl(parseUrlState(search).state, APP)).toBe(expected);
  });
});

describe('embedSnippet', () => {
  const src = embedUrl({ ...DEFAULT_STATE, q: 'a&b', tag: ['cpec'] }, APP);

  it('escapes the title and the address for an attribute', () => {
    const snippet = embedSnippet({
      src,
      title: 'Title "with" <script>alert(1)</script> & \'quotes\'',
      heightPx: 720,
      scriptSrc: undefined,
    });
    expect(snippet).not.toContain('<script');
    expect(snippet).toContain(
      'title="Title &quot;with&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;quotes&#39;"',
    );
    expect(snippet).toContain(
      'src="https://news.example/graphics/timeline/index.html?q=a%26b&amp;tag=cpec&amp;embed=1"',
    );
  });

  it('marks the frame for embed.js and sandboxes it', () => {
    const snippet = embedSnippet({ src, title: 'T', heightPx: 640, scriptSrc: undefined });
    expect(snippet).toMatch(/^<iframe [^>]*data-bilateral-timeline><\/iframe>$/);
    expect(snippet).toContain('height="640"');
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups');
  });

  it('adds the resize script on its own line when asked', () => {
    const snippet = embedSnippet({
      src,
      title: 'T',
      heightPx: 640,
      scriptSrc: embedScriptUrl(APP),
    });
    expect(snippet.split('\n')).toEqual([
      expect.stringMatching(/^<iframe /),
      '<script src="https://news.example/graphics/timeline/embed.js" async></script>',
    ]);
  });
});

describe('clampFrameHeight', () => {
  it.each([
    [50, 200],
    [640.4, 640],
    [10_000, 4000],
    [Number.NaN, 720],
    [Number.POSITIVE_INFINITY, 720],
  ])('%d → %d', (input, expected) => expect(clampFrameHeight(input)).toBe(expected));
});

describe('escapeAttribute', () => {
  it('leaves plain text alone', () =>
    expect(escapeAttribute('China–Pakistan')).toBe('China–Pakistan'));
});
