// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { testEvent } from '../../domain/test-event';
import type { PloverType, TimelineEvent } from '../../domain/types';
import { escapeXml, sceneToSvg } from './scene-to-svg';
import {
  buildTimelineScene,
  estimateTextWidth,
  fitText,
  LIGHT_PALETTE,
  type SceneWords,
} from './timeline-scene';

function event(id: string, date: string, title: string, type?: PloverType): TimelineEvent {
  return testEvent(id, date, { title, type });
}

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> \u0000\u0008 ]]>';

function words(title: string): SceneWords {
  return {
    title,
    subtitle: '2023–2024 · 3 events',
    legendTitle: 'Event types',
    tones: { cooperative: 'Cooperation', conflictual: 'Conflict', neutral: 'Other' },
    attribution: 'Data: <b>Publisher</b> · Bilateral timeline explorer',
    tickLabel: (ms) => String(new Date(ms).getUTCFullYear()),
    clusterLabel: (count) => `+${count}`,
  };
}

const events = [
  event('a', '2023-03-01', 'First meeting', 'CONSULT'),
  event('b', '2023-07', HOSTILE, 'ASSAULT'),
  event('c', '2024-01-21', 'Third event'),
];
const window = { startMs: Date.UTC(2023, 0, 1), endMs: Date.UTC(2025, 0, 1) };

function render(title: string) {
  const scene = buildTimelineScene({
    events,
    window,
    words: words(title),
    palette: LIGHT_PALETTE,
    measure: estimateTextWidth,
  });
  return { scene, svg: sceneToSvg(scene, title) };
}

describe('sceneToSvg', () => {
  it('is a well-formed SVG document whose text is the dataset text, never markup', () => {
    const { svg } = render(HOSTILE);
    expect(svg).not.toMatch(/<script|<img|<b>/i);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img, [onerror]')).toHaveLength(0);
    // The title comes back as the same plain text, less what XML cannot hold.
    const title = doc.getElementsByTagName('title')[0]?.textContent;
    expect(title).toBe('<script>alert("x")</script> & <img src=x onerror=alert(1)>  ]]>');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
    expect(texts).toContain('Data: <b>Publisher</b> · Bilateral timeline explorer');
  });

  it('draws every visible event with its tone, and the legend of the three tones', () => {
    const { scene, svg } = render('China–Pakistan relations');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
    expect(texts).toEqual(
      expect.arrayContaining([
        'China–Pakistan relations',
        '2023–2024 · 3 events',
        'First meeting',
        'Third event',
        'Cooperation',
        'Conflict',
        'Other',
        '2023',
        '2024',
      ]),
    );
    const symbols = scene.clipped.filter((item) => item.kind === 'symbol').map((s) => s.tone);
    expect(symbols.sort()).toEqual(['conflictual', 'cooperative', 'neutral']);
    expect(doc.getElementsByTagName('circle').length).toBeGreaterThanOrEqual(2);
    expect(doc.getElementsByTagName('polygon').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves events outside the window out', () => {
    const scene = buildTimelineScene({
      events,
      window: { startMs: Date.UTC(2024, 0, 1), endMs: Date.UTC(2024, 11, 31) },
      words: words('T'),
      palette: LIGHT_PALETTE,
      measure: estimateTextWidth,
    });
    const labels = scene.clipped.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
    expect(labels).toContain('Third event');
    expect(labels).not.toContain('First meeting');
  });
});

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<tag attr="v">', '&lt;tag attr=&quot;v&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['emoji 🇵🇰 kept', 'emoji 🇵🇰 kept'],
    ['اردو 中文', 'اردو 中文'],
  ])('%j → %j', (input, expected) => expect(escapeXml(input)).toBe(expected));
});

describe('fitText', () => {
  it.each([
    ['Short', 200, 'Short'],
    ['A rather long event title that will not fit', 120, 'A rather lon…'],
    ['Anything', 5, ''],
  ])('%j in %dpx → %j', (text, maxPx, expected) =>
    expect(fitText(text, { sizePx: 16, weight: 400 }, maxPx, estimateTextWidth)).toBe(expected),
  );

  it('sets the interface’s words right to left on a right-to-left page, and leaves titles be', () => {
    const scene = buildTimelineScene({
      events,
      window,
      direction: 'rtl',
      words: { ...words('China–Pakistan relations'), subtitle: '1 جنوری، 2023 – 2024 · 3 واقعات' },
      palette: LIGHT_PALETTE,
      measure: estimateTextWidth,
    });
    const texts = [
      ...new DOMParser()
        .parseFromString(sceneToSvg(scene, 'T'), 'image/svg+xml')
        .getElementsByTagName('text'),
    ].map((node) => node.textContent ?? '');
    // Right-to-left embedding: the date keeps its day at its start, read from the right.
    expect(texts).toContain('\u202B1 جنوری، 2023 – 2024 · 3 واقعات\u202C');
    expect(texts).toContain('First meeting');
    expect(texts).toContain('China–Pakistan relations');
  });
});
