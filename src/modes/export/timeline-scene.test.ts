import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../domain/edtf';
import { testEvent } from '../../domain/test-event';
import type { Era } from '../../domain/types';
import { buildEventIndex } from '../../timeline/model/event-index';
import {
  buildTimelineScene,
  estimateTextWidth,
  LIGHT_PALETTE,
  type SceneItem,
  type SceneWords,
} from './timeline-scene';

const words: SceneWords = {
  title: 'China–Pakistan relations',
  subtitle: '2023–2024 · 3 events',
  legendTitle: 'Event types',
  tones: { cooperative: 'Cooperation', conflictual: 'Conflict', neutral: 'Other' },
  attribution: 'Data: Publisher',
  tickLabel: (ms) => String(new Date(ms).getUTCFullYear()),
  clusterLabel: (count) => `+${count}`,
};
const events = [
  testEvent('a', '2023-02-01', { title: 'Early meeting', type: 'CONSULT' }),
  testEvent('b', '2024-10-01', { title: 'Late meeting', type: 'CONSULT' }),
];
const window = { startMs: Date.UTC(2023, 0, 1), endMs: Date.UTC(2025, 0, 1) };
const scene = (
  direction: 'ltr' | 'rtl',
  more: Partial<Parameters<typeof buildTimelineScene>[0]> = {},
) =>
  buildTimelineScene({
    events,
    window,
    direction,
    words,
    palette: LIGHT_PALETTE,
    measure: estimateTextWidth,
    ...more,
  });
const textAt = (items: readonly SceneItem[], value: string) =>
  items.find((item) => item.kind === 'text' && item.text === value);
const symbols = (items: readonly SceneItem[]) =>
  items.filter((item): item is Extract<SceneItem, { kind: 'symbol' }> => item.kind === 'symbol');

describe('buildTimelineScene', () => {
  it('runs time right to left on a right-to-left page: the early event on the right', () => {
    const [ltrEarly, ltrLate] = symbols(scene('ltr').clipped);
    const [rtlEarly, rtlLate] = symbols(scene('rtl').clipped);
    expect(ltrEarly!.cx).toBeLessThan(ltrLate!.cx);
    expect(rtlEarly!.cx).toBeGreaterThan(rtlLate!.cx);
    // The marker sits at the event's instant, mirrored about the middle of the timeline.
    expect(rtlEarly!.cx + ltrEarly!.cx).toBeCloseTo(1600, 0);
  });

  it('draws the screen’s lane bands, each with its label', () => {
    const early = buildEventIndex([events[0]!]);
    const late = buildEventIndex([events[1]!]);
    const banded = scene('ltr', {
      bands: [
        { label: 'In Pakistan', index: early },
        { label: 'In China', index: late },
      ],
    });
    expect(textAt(banded.clipped, 'IN PAKISTAN')).toBeDefined();
    expect(textAt(banded.clipped, 'IN CHINA')).toBeDefined();
    const [first, second] = symbols(banded.clipped);
    expect(second!.cy).toBeGreaterThan(first!.cy);
  });

  it('wraps a long title to two lines before cutting it', () => {
    const long = testEvent('c', '2023-06-01', {
      title: 'Fourth meeting of the Joint Working Group on International Cooperation',
    });
    const wrapped = scene('ltr', { events: [long] });
    const lines = wrapped.clipped.filter(
      (item) => item.kind === 'text' && long.title.includes(item.text),
    );
    expect(lines).toHaveLength(2);
  });

  it('draws the eras in view behind the lanes, labelled, mirrored right to left, as the screen', () => {
    const era = (id: string, title: string, start: string, end?: string, party?: string): Era => {
      const from = parseEdtf(start);
      const to = end === undefined ? undefined : parseEdtf(end);
      if (!from.ok || (to && !to.ok)) throw new Error('bad test date');
      return {
        id,
        title,
        start: from.value,
        end: to?.ok ? to.value : undefined,
        startMs: from.value.startMs,
        endMs: to?.ok ? to.value.endMs : undefined,
        party,
        kind: undefined,
        sources: [],
      };
    };
    const eras = {
      eras: [
        era('talks', 'Talks era', '2023-03-01', '2024-02-29'),
        era('gov', 'A government', '2024-03-01', undefined, 'PAK'),
        era('old', 'Long before', '1990', '1991'),
      ],
      parties: ['PAK', 'CHN'] as const,
      nowMs: Date.UTC(2024, 11, 1),
    };
    const rectsOf = (items: readonly SceneItem[], opacity: number) =>
      items.filter(
        (item): item is Extract<SceneItem, { kind: 'rect' }> =>
          item.kind === 'rect' && item.opacity === opacity,
      );
    const ltr = scene('ltr', { eras });
    // Two eras in view (the 1990 one is not): their labels, and a tinted band each.
    expect(textAt(ltr.clipped, 'Talks era')).toBeDefined();
    expect(textAt(ltr.clipped, 'A government')).toBeDefined();
    expect(textAt(ltr.clipped, 'Long before')).toBeUndefined();
    // Each group's first era takes the lighter tint: one shared, one the first party's.
    const [talks, government] = rectsOf(ltr.clipped, 0.09);
    expect(talks!.x).toBeLessThan(government!.x);
    // Drawn before the marks, so the marks sit on them.
    const firstSymbol = ltr.clipped.findIndex((item) => item.kind === 'symbol');
    expect(ltr.clipped.indexOf(talks!)).toBeLessThan(firstSymbol);
    // The lanes move down to make room for the label strip.
    const withoutEras = symbols(scene('ltr').clipped)[0]!;
    expect(symbols(ltr.clipped)[0]!.cy).toBeGreaterThan(withoutEras.cy);
    // Right to left, the early era is on the right.
    const [rtlTalks] = rectsOf(scene('rtl', { eras }).clipped, 0.09);
    expect(rtlTalks!.x).toBeGreaterThan(talks!.x);
    expect(rtlTalks!.x + rtlTalks!.width + talks!.x).toBeCloseTo(1600, 0);
  });
});
