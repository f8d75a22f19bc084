import { type EventTone, toneOf } from '../../domain/event-tone';
import type { TimeWindow } from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { axisTicks, chooseTickStep, type TickStep } from '../../timeline/model/axis-ticks';
import { buildEventIndex } from '../../timeline/model/event-index';
import { layoutTimeline, MARKER_CENTRE_PX, toPx } from '../../timeline/model/layout-timeline';

// The exported image as a list of shapes and texts, a pure function of (events, window, size,
// words, colours). The SVG and PNG exports draw this same scene, so they cannot disagree.

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif';

export interface SceneFont {
  readonly sizePx: number;
  readonly weight: 400 | 600 | 700 | 800;
}

/** Width of `text` in `font`, in px: a canvas in the browser, an estimate in tests. */
export type MeasureText = (text: string, font: SceneFont) => number;

export interface ScenePalette {
  readonly background: string;
  readonly surface: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly cooperative: string;
  readonly conflictual: string;
  readonly neutral: string;
}

/** The light theme's colours (styles.css), for when the page's own cannot be read, and tests. */
export const LIGHT_PALETTE: ScenePalette = {
  background: '#f7f6f2',
  surface: '#ffffff',
  text: '#1b1d1f',
  muted: '#52575d',
  border: '#c9c6bc',
  cooperative: '#0b6e6a',
  conflictual: '#b42318',
  neutral: '#5f6368',
};

export interface SceneWords {
  readonly title: string;
  /** The window as text, with the count: "June 2022 – February 2024 · 12 events". */
  readonly subtitle: string;
  readonly legendTitle: string;
  readonly tones: Readonly<Record<EventTone, string>>;
  readonly attribution: string;
  readonly tickLabel: (ms: number, step: TickStep, major: boolean) => string;
  readonly clusterLabel: (count: number, mode: 'detail' | 'density') => string;
}

export type SceneItem =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly radius: number;
      readonly fill: string | undefined;
      readonly stroke: string | undefined;
      readonly opacity?: number;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly width: number;
    }
  | {
      readonly kind: 'symbol';
      readonly tone: EventTone;
      readonly cx: number;
      readonly cy: number;
      readonly sizePx: number;
      readonly fill: string;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly font: SceneFont;
      readonly fill: string;
      readonly anchor: 'start' | 'middle' | 'end';
    };

export interface Scene {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly background: string;
  /** Drawn first: the timeline's frame. */
  readonly under: readonly SceneItem[];
  /** Then, clipped to `clip`: the marks and ticks, which may run past the timeline's edges. */
  readonly clipped: readonly SceneItem[];
  readonly clip: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** Last: titles, axis line, legend and attribution. */
  readonly over: readonly SceneItem[];
}

export interface SceneInput {
  readonly events: readonly TimelineEvent[];
  readonly window: TimeWindow;
  readonly words: SceneWords;
  readonly palette: ScenePalette;
  readonly measure: MeasureText;
  readonly widthPx?: number;
  readonly heightPx?: number;
}

const PAD_PX = 48;
const TITLE_FONT: SceneFont = { sizePx: 40, weight: 800 };
const SUBTITLE_FONT: SceneFont = { sizePx: 22, weight: 600 };
const LABEL_FONT: SceneFont = { sizePx: 16, weight: 600 };
const TICK_FONT: SceneFont = { sizePx: 15, weight: 400 };
const TICK_MAJOR_FONT: SceneFont = { sizePx: 15, weight: 700 };
const LEGEND_FONT: SceneFont = { sizePx: 18, weight: 600 };
const SMALL_FONT: SceneFont = { sizePx: 16, weight: 400 };
const MARK_HEIGHT_PX = 30;
const LANE_PX = 40;
const AXIS_PX = 44;
const CLUSTER_ROW_PX = 40;
const MAX_LABEL_PX = 440;
const SYMBOL_PX = 12;

export function buildTimelineScene({
  events,
  window,
  words,
  palette,
  measure,
  widthPx = 1600,
  heightPx = 900,
}: SceneInput): Scene {
  const over: SceneItem[] = [];
  const under: SceneItem[] = [];
  const clipped: SceneItem[] = [];
  const innerPx = widthPx - 2 * PAD_PX;

  over.push(
    text(
      PAD_PX,
      PAD_PX + 36,
      fitText(words.title, TITLE_FONT, innerPx, measure),
      TITLE_FONT,
      palette.text,
    ),
  );
  over.push(
    text(
      PAD_PX,
      PAD_PX + 76,
      fitText(words.subtitle, SUBTITLE_FONT, innerPx, measure),
      SUBTITLE_FONT,
      palette.muted,
    ),
  );

  // The timeline: a framed box with lanes of marks, a row for "+N" clusters, and the axis.
  const boxTop = PAD_PX + 104;
  const boxBottom = heightPx - PAD_PX - 96;
  under.push({
    kind: 'rect',
    x: PAD_PX,
    y: boxTop,
    width: innerPx,
    height: boxBottom - boxTop,
    radius: 10,
    fill: palette.surface,
    stroke: palette.border,
  });
  const axisY = boxBottom - AXIS_PX;
  const clusterY = axisY - CLUSTER_ROW_PX;
  const lanesTop = boxTop + 16;
  const lanes = Math.max(1, Math.floor((clusterY - lanesTop) / LANE_PX));
  const clip = { x: PAD_PX, y: boxTop, width: innerPx, height: boxBottom - boxTop };

  const labelWidth = (event: TimelineEvent) =>
    Math.min(MAX_LABEL_PX, measure(event.title, LABEL_FONT));
  const layout = layoutTimeline(buildEventIndex(events), window, {
    widthPx: innerPx,
    lanes,
    // Marker, gap, label, end padding: as the on-screen marks, at presentation size.
    boxWidthPx: (event) => Math.ceil(MARKER_CENTRE_PX * 2 + 6 + labelWidth(event) + 12),
    gapPx: 8,
    detailLimit: 400,
    clusterPx: 64,
    pinned: [],
  });

  for (const item of layout.placed) {
    const tone = toneOf(item.event.type);
    const colour = palette[tone];
    const x = PAD_PX + item.boxStartPx;
    const y = lanesTop + item.lane * LANE_PX;
    const width = Math.min(item.boxEndPx, innerPx + 40) - item.boxStartPx;
    clipped.push({
      kind: 'rect',
      x,
      y,
      width,
      height: MARK_HEIGHT_PX,
      radius: MARK_HEIGHT_PX / 2,
      fill: palette.surface,
      stroke: colour,
    });
    if (item.event.date.precision !== 'day' || item.event.end !== undefined) {
      const bandStart = Math.max(item.xPx, item.boxStartPx);
      clipped.push({
        kind: 'rect',
        x: PAD_PX + bandStart,
        y: y + MARK_HEIGHT_PX - 5,
        width: Math.max(4, Math.min(item.spanEndPx, innerPx + 40) - bandStart),
        height: 4,
        radius: 0,
        fill: colour,
        stroke: undefined,
        opacity: 0.6,
      });
    }
    const markerX = item.flipped ? x + width - MARKER_CENTRE_PX : x + MARKER_CENTRE_PX;
    clipped.push({
      kind: 'symbol',
      tone,
      cx: markerX,
      cy: y + MARK_HEIGHT_PX / 2,
      sizePx: SYMBOL_PX,
      fill: colour,
    });
    const room = width - MARKER_CENTRE_PX * 2 - 6 - 10;
    const label = fitText(item.event.title, LABEL_FONT, Math.max(0, room), measure);
    if (label)
      clipped.push(
        item.flipped
          ? text(markerX - MARKER_CENTRE_PX - 6, y + 21, label, LABEL_FONT, palette.text, 'end')
          : text(markerX + MARKER_CENTRE_PX + 6, y + 21, label, LABEL_FONT, palette.text),
      );
  }

  const maxCount = layout.clusters.reduce((max, c) => Math.max(max, c.count), 1);
  for (const cluster of layout.clusters) {
    const label = words.clusterLabel(cluster.count, layout.mode);
    const x = PAD_PX + cluster.xPx;
    if (layout.mode === 'density') {
      // Columns rise from the axis with the count of events starting in each slice.
      const height = 12 + ((clusterY - lanesTop - 24) * cluster.count) / maxCount;
      clipped.push({
        kind: 'rect',
        x: x + 2,
        y: axisY - height,
        width: 60,
        height,
        radius: 4,
        fill: palette.surface,
        stroke: palette.muted,
      });
      clipped.push(text(x + 32, axisY - height + 20, label, SMALL_FONT, palette.text, 'middle'));
    } else {
      const width = measure(label, SMALL_FONT) + 20;
      clipped.push({
        kind: 'rect',
        x,
        y: clusterY + 6,
        width,
        height: 26,
        radius: 13,
        fill: palette.surface,
        stroke: palette.muted,
      });
      clipped.push(text(x + width / 2, clusterY + 24, label, SMALL_FONT, palette.text, 'middle'));
    }
  }

  over.push({
    kind: 'line',
    x1: PAD_PX,
    y1: axisY,
    x2: PAD_PX + innerPx,
    y2: axisY,
    stroke: palette.muted,
    width: 1,
  });
  const step = chooseTickStep(window, innerPx, 120);
  for (const tick of visibleTickLabels(window, step, innerPx, words, measure)) {
    const x = PAD_PX + tick.xPx;
    clipped.push({
      kind: 'line',
      x1: x,
      y1: axisY,
      x2: x,
      y2: axisY + (tick.major ? 10 : 6),
      stroke: palette.muted,
      width: 1,
    });
    if (tick.label)
      clipped.push(
        text(
          x + 5,
          axisY + 28,
          tick.label,
          tick.major ? TICK_MAJOR_FONT : TICK_FONT,
          tick.major ? palette.text : palette.muted,
        ),
      );
  }

  // The legend: shape and colour together, so the tones never rest on colour alone.
  const legendY = boxBottom + 40;
  let legendX = PAD_PX;
  over.push(text(legendX, legendY, words.legendTitle, LEGEND_FONT, palette.text));
  legendX += measure(words.legendTitle, LEGEND_FONT) + 24;
  for (const tone of ['cooperative', 'conflictual', 'neutral'] as const) {
    over.push({
      kind: 'symbol',
      tone,
      cx: legendX + 8,
      cy: legendY - 6,
      sizePx: 14,
      fill: palette[tone],
    });
    over.push(text(legendX + 24, legendY, words.tones[tone], LEGEND_FONT, palette.text));
    legendX += 24 + measure(words.tones[tone], LEGEND_FONT) + 32;
  }
  over.push(
    text(
      PAD_PX,
      heightPx - PAD_PX + 8,
      fitText(words.attribution, SMALL_FONT, innerPx, measure),
      SMALL_FONT,
      palette.muted,
    ),
  );

  return { widthPx, heightPx, background: palette.background, under, clipped, clip, over };
}

interface TickMark {
  readonly xPx: number;
  readonly major: boolean;
  /** Undefined where the label would run into its neighbour or off the edge. */
  label: string | undefined;
}

/** Ticks with the labels that fit: a major label (a new year, a new month) wins over a minor one. */
function visibleTickLabels(
  window: TimeWindow,
  step: TickStep,
  widthPx: number,
  words: SceneWords,
  measure: MeasureText,
): TickMark[] {
  const marks: TickMark[] = axisTicks(window, step).map((tick) => ({
    xPx: Math.round(toPx(window, widthPx, tick.ms)) + 0.5,
    major: tick.major,
    label: words.tickLabel(tick.ms, step, tick.major),
  }));
  const endPx = (mark: TickMark) =>
    mark.xPx + 5 + measure(mark.label ?? '', mark.major ? TICK_MAJOR_FONT : TICK_FONT);
  let previous: TickMark | undefined;
  for (const mark of marks) {
    if (endPx(mark) > widthPx - 4) mark.label = undefined;
    if (!mark.label) continue;
    if (previous && endPx(previous) + 12 > mark.xPx) {
      if (mark.major && !previous.major) previous.label = undefined;
      else {
        mark.label = undefined;
        continue;
      }
    }
    previous = mark;
  }
  return marks;
}

function text(
  x: number,
  y: number,
  value: string,
  font: SceneFont,
  fill: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): SceneItem {
  return { kind: 'text', x, y, text: value, font, fill, anchor };
}

/** The text, cut with an ellipsis to fit maxPx (empty when not even the ellipsis fits). */
export function fitText(
  value: string,
  font: SceneFont,
  maxPx: number,
  measure: MeasureText,
): string {
  if (measure(value, font) <= maxPx) return value;
  const chars = [...value];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, font) <= maxPx) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return measure('…', font) <= maxPx ? '…' : '';
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** A rough width for tests and for environments without a canvas. */
export const estimateTextWidth: MeasureText = (value, font) =>
  [...value].length * font.sizePx * (font.weight >= 700 ? 0.6 : 0.55);
