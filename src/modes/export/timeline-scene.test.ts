import { describe, expect, it } from 'vitest';
import { testEvent } from '../../domain/test-event';
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
});
