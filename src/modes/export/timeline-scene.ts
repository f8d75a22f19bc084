import { type EventTone, toneOf } from '../../domain/event-tone';
import type { TimeWindow } from '../../domain/time-window';
import type { Era, TimelineEvent } from '../../domain/types';
import { axisTicks, type TickStep } from '../../timeline/model/axis-ticks';
import { countHeightScale } from '../../timeline/model/count-height';
import {
  ERA_ROW_PX,
  type EraGroup,
  type EraLayout,
  eraRows,
  layoutEras,
} from '../../timeline/model/era-layout';
import { buildEventIndex, type EventIndex } from '../../timeline/model/event-index';
import { fitLabel, type LabelFit, wrapLines } from '../../timeline/model/fit-label';
import { layoutTimeline, MARKER_CENTRE_PX } from '../../timeline/model/layout-timeline';
import { layoutTickLabels } from '../../timeline/model/tick-labels';
import { scaleSign, type TimeDirection, timeScale } from '../../timeline/model/time-scale';

// The exported image as a list of shapes and texts, a pure function of (events, window, size,
// direction, bands, words, colours). It is built from the screen's model: the same time scale,
// row layout, clusters, tick labels and count→height scale, at presentation size. The SVG and PNG
// exports draw this same scene, so they cannot disagree.

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
  /** The second party's eras (the screen's --warning-border). */
  readonly warning: string;
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
  warning: '#8a6100',
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
      /**
       * The paragraph's direction, for text in the interface's language: right to left, a date
       * that starts with a number keeps it at its start ("1 جنوری").
       */
      readonly direction?: TimeDirection;
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

export interface SceneBand {
  /** Shown above the band's rows; none when there is a single band. */
  readonly label: string | undefined;
  readonly index: EventIndex;
  /** The lane group's key (a party's code when the lanes are by host country). */
  readonly key?: string;
}

/** The eras the screen shows behind the timeline, when it shows them. */
export interface SceneEras {
  readonly eras: readonly Era[];
  readonly parties: readonly [string, string];
  /** Where an open era ends. */
  readonly nowMs: number;
}

export interface SceneInput {
  readonly events: readonly TimelineEvent[];
  readonly window: TimeWindow;
  /** Right to left runs time from right to left, as on screen. */
  readonly direction?: TimeDirection;
  /** The screen's lane bands (by host, type or series); one band of all events by default. */
  readonly bands?: readonly SceneBand[];
  readonly eras?: SceneEras;
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
const BAND_FONT: SceneFont = { sizePx: 14, weight: 700 };
const ERA_FONT: SceneFont = { sizePx: 12, weight: 700 };
// The screen's measures at presentation size (see timeline/view/dimensions.ts and .mark).
const MARK_HEIGHT_PX = 30;
const ROW_PX = 36;
const LINE_PX = 20;
const AXIS_PX = 44;
const CLUSTER_ROW_PX = 40;
const BAND_LABEL_PX = 24;
const LABEL_LIMITS = { oneLinePx: 340, twoLinesPx: 360 };
const MARK_CHROME_PX = MARKER_CENTRE_PX * 2 + 6 + 12;
const SYMBOL_PX = 12;
const CLUSTER_PX = 64;

export function buildTimelineScene({
  events,
  window,
  direction = 'ltr',
  bands,
  eras,
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
  const alignStart = direction === 'rtl' ? 'end' : 'start';
  const startX = direction === 'rtl' ? PAD_PX + innerPx : PAD_PX;

  over.push(
    text(
      startX,
      PAD_PX + 36,
      fitText(words.title, TITLE_FONT, innerPx, measure),
      TITLE_FONT,
      palette.text,
      alignStart,
    ),
  );
  over.push(
    text(
      startX,
      PAD_PX + 76,
      fitText(words.subtitle, SUBTITLE_FONT, innerPx, measure),
      SUBTITLE_FONT,
      palette.muted,
      alignStart,
      direction,
    ),
  );

  // The timeline: a framed box with bands of rows of marks, "+N" clusters, and the axis.
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
  const clip = { x: PAD_PX, y: boxTop, width: innerPx, height: boxBottom - boxTop };
  const scale = timeScale(window, innerPx, direction);
  // As on screen: the eras in view take a strip of label rows above the lanes.
  const forward = timeScale(window, innerPx, 'ltr');
  const erasInView = (eras?.eras ?? []).filter(
    (era) => era.startMs < window.endMs && (era.endMs ?? Number.POSITIVE_INFINITY) > window.startMs,
  );
  const eraStripPx = eras
    ? Object.values(eraRows(erasInView, eras.parties)).reduce((sum, rows) => sum + rows, 0) *
      ERA_ROW_PX
    : 0;
  const lanesTop = boxTop + 16 + (eraStripPx > 0 ? eraStripPx + 4 : 0);
  const labelled = (bands?.length ?? 0) > 1;
  const allBands: readonly SceneBand[] =
    bands && bands.length > 0 ? bands : [{ label: undefined, index: buildEventIndex(events) }];
  const perBandPx = (clusterY - lanesTop) / allBands.length;
  if (eras && erasInView.length > 0) {
    const layout = layoutEras({
      eras: erasInView,
      parties: eras.parties,
      widthPx: innerPx,
      xOf: (ms) => forward(ms),
      nowMs: eras.nowMs,
      lanesTopPx: lanesTop,
      lanesHeightPx: clusterY - lanesTop,
      bands: allBands.map((band, b) => ({
        key: band.key ?? '',
        topPx: lanesTop + b * perBandPx,
        heightPx: perBandPx,
      })),
      measure: (value) => measure(value, ERA_FONT),
    });
    clipped.push(...eraItems(layout, direction, innerPx, palette, measure));
  }

  const measureLabel = (value: string) => measure(value, LABEL_FONT);
  const fits = new Map<TimelineEvent, LabelFit>();
  const fitOf = (event: TimelineEvent) => {
    let fit = fits.get(event);
    if (!fit) {
      fit = fitLabel(event.title, measureLabel, LABEL_LIMITS);
      fits.set(event, fit);
    }
    return fit;
  };
  const pillLabel = (count: number) => words.clusterLabel(count, 'detail');
  const sign = scaleSign(scale);

  allBands.forEach((band, b) => {
    const bandTop = lanesTop + b * perBandPx;
    const top = bandTop + (labelled ? BAND_LABEL_PX : 0);
    const rows = Math.max(1, Math.floor((bandTop + perBandPx - top) / ROW_PX));
    const eventRows = labelled ? Math.max(1, rows - 1) : rows;
    if (labelled && band.label) {
      clipped.push({
        kind: 'line',
        x1: PAD_PX,
        y1: bandTop,
        x2: PAD_PX + innerPx,
        y2: bandTop,
        stroke: palette.border,
        width: 1,
      });
      clipped.push(
        text(
          direction === 'rtl' ? PAD_PX + innerPx - 10 : PAD_PX + 10,
          bandTop + 17,
          band.label.toLocaleUpperCase(),
          BAND_FONT,
          palette.muted,
          alignStart,
          direction,
        ),
      );
    }
    const layout = layoutTimeline(band.index, scale, {
      rows: eventRows,
      label: (event) => {
        const fit = fitOf(event);
        return { widthPx: Math.ceil(fit.textPx + MARK_CHROME_PX), rows: fit.lines, cut: fit.cut };
      },
      gapPx: 8,
      detailLimit: 400,
      clusterPx: CLUSTER_PX,
      pillWidthPx: (count) => Math.ceil(measure(pillLabel(count), SMALL_FONT) + 20),
      pinned: [],
    });

    for (const item of layout.placed) {
      const tone = toneOf(item.event.type);
      const colour = palette[tone];
      const x = PAD_PX + item.boxStartPx;
      const y = top + item.row * ROW_PX;
      const width = item.boxEndPx - item.boxStartPx;
      const height = MARK_HEIGHT_PX + (item.rows - 1) * ROW_PX;
      clipped.push({
        kind: 'rect',
        x,
        y,
        width,
        height,
        radius: MARK_HEIGHT_PX / 2,
        fill: palette.surface,
        stroke: colour,
      });
      if (item.event.date.precision !== 'day' || item.event.end !== undefined) {
        const bandStart = Math.max(item.boxStartPx, Math.min(item.xPx, item.spanEndPx));
        const bandEnd = Math.min(item.boxEndPx, Math.max(item.xPx, item.spanEndPx));
        clipped.push({
          kind: 'rect',
          x: PAD_PX + bandStart,
          y: y + height - 5,
          width: Math.max(4, bandEnd - bandStart),
          height: 4,
          radius: 0,
          fill: colour,
          stroke: undefined,
          opacity: 0.6,
        });
      }
      // The marker is at the box's reading start, or its end when the label is flipped.
      const markerAtLeft = sign > 0 !== item.flipped;
      const markerX = markerAtLeft ? x + MARKER_CENTRE_PX : x + width - MARKER_CENTRE_PX;
      clipped.push({
        kind: 'symbol',
        tone,
        cx: markerX,
        cy: y + height / 2,
        sizePx: SYMBOL_PX,
        fill: colour,
      });
      const room = Math.max(0, width - MARK_CHROME_PX + 4);
      const lines = labelLines(item.event.title, item.rows, room, measure);
      const textX = markerAtLeft ? markerX + MARKER_CENTRE_PX + 6 : markerX - MARKER_CENTRE_PX - 6;
      const firstBaseline = y + height / 2 + 6 - ((lines.length - 1) * LINE_PX) / 2;
      for (const [i, line] of lines.entries()) {
        clipped.push(
          text(
            textX,
            firstBaseline + i * LINE_PX,
            line,
            LABEL_FONT,
            palette.text,
            markerAtLeft ? 'start' : 'end',
          ),
        );
      }
    }

    const maxCount = layout.clusters.reduce((max, c) => Math.max(max, c.count), 1);
    const columnTop = top;
    const columnBottom = top + rows * ROW_PX;
    const height = countHeightScale(maxCount, columnBottom - columnTop - 8, 28);
    for (const cluster of layout.clusters) {
      const x = PAD_PX + cluster.startPx;
      const width = cluster.endPx - cluster.startPx;
      if (layout.mode === 'density') {
        const h = height(cluster.count);
        clipped.push({
          kind: 'rect',
          x: x + 2,
          y: columnBottom - h,
          width: width - 4,
          height: h,
          radius: 4,
          fill: palette.surface,
          stroke: palette.muted,
        });
        clipped.push(
          text(
            x + width / 2,
            columnBottom - h + 20,
            words.clusterLabel(cluster.count, 'density'),
            SMALL_FONT,
            palette.text,
            'middle',
            direction,
          ),
        );
      } else {
        const pillY = labelled ? top + eventRows * ROW_PX + 2 : clusterY + 6;
        clipped.push({
          kind: 'rect',
          x,
          y: pillY,
          width,
          height: 26,
          radius: 13,
          fill: palette.surface,
          stroke: palette.muted,
        });
        clipped.push(
          text(
            x + width / 2,
            pillY + 18,
            pillLabel(cluster.count),
            SMALL_FONT,
            palette.text,
            'middle',
            direction,
          ),
        );
      }
    }
  });

  over.push({
    kind: 'line',
    x1: PAD_PX,
    y1: axisY,
    x2: PAD_PX + innerPx,
    y2: axisY,
    stroke: palette.muted,
    width: 1,
  });
  const axis = axisTicks(scale, 120);
  const ticks = layoutTickLabels(
    scale,
    axis,
    (tick) => words.tickLabel(tick.ms, axis.step, tick.major),
    (value, major) => measure(value, major ? TICK_MAJOR_FONT : TICK_FONT),
    12,
    5,
  );
  for (const tick of ticks) {
    const x = PAD_PX + Math.round(tick.xPx) + 0.5;
    clipped.push({
      kind: 'line',
      x1: x,
      y1: axisY,
      x2: x,
      y2: axisY + (tick.major ? 10 : 6),
      stroke: palette.muted,
      width: 1,
    });
    if (tick.text)
      clipped.push(
        text(
          PAD_PX + tick.startPx,
          axisY + 28,
          tick.text,
          tick.major ? TICK_MAJOR_FONT : TICK_FONT,
          tick.major ? palette.text : palette.muted,
          'start',
          direction,
        ),
      );
  }

  // The legend: shape and colour together, so the tones never rest on colour alone. It reads in
  // the page's direction.
  const legendY = boxBottom + 40;
  const legend: { width: number; draw: (x: number) => void }[] = [
    {
      width: measure(words.legendTitle, LEGEND_FONT) + 24,
      draw: (x) =>
        over.push(
          text(x, legendY, words.legendTitle, LEGEND_FONT, palette.text, 'start', direction),
        ),
    },
    ...(['cooperative', 'conflictual', 'neutral'] as const).map((tone) => ({
      width: 24 + measure(words.tones[tone], LEGEND_FONT) + 32,
      draw: (x: number) => {
        over.push({
          kind: 'symbol',
          tone,
          cx: x + 8,
          cy: legendY - 6,
          sizePx: 14,
          fill: palette[tone],
        });
        over.push(
          text(x + 24, legendY, words.tones[tone], LEGEND_FONT, palette.text, 'start', direction),
        );
      },
    })),
  ];
  let legendX = direction === 'rtl' ? PAD_PX + innerPx : PAD_PX;
  for (const entry of legend) {
    if (direction === 'rtl') legendX -= entry.width;
    entry.draw(direction === 'rtl' ? legendX + 24 : legendX);
    if (direction !== 'rtl') legendX += entry.width;
  }
  over.push(
    text(
      startX,
      heightPx - PAD_PX + 8,
      fitText(words.attribution, SMALL_FONT, innerPx, measure),
      SMALL_FONT,
      palette.muted,
      alignStart,
      direction,
    ),
  );

  return { widthPx, heightPx, background: palette.background, under, clipped, clip, over };
}

/** A label's lines: wrapped as on screen, the last one cut with an ellipsis if the title is longer. */
function labelLines(title: string, rows: number, maxPx: number, measure: MeasureText): string[] {
  const measureLabel = (value: string) => measure(value, LABEL_FONT);
  const lines = rows === 1 ? [title] : wrapLines(title, maxPx, measureLabel);
  const kept = lines.slice(0, rows);
  if (lines.length > rows) kept[rows - 1] = `${kept[rows - 1]} ${lines.slice(rows).join(' ')}`;
  return kept.map((line) => fitText(line, LABEL_FONT, maxPx, measure)).filter(Boolean);
}

/** The eras' bands and labels, drawn first so the marks sit on them (EraBands.tsx on screen). */
function eraItems(
  layout: EraLayout,
  direction: TimeDirection,
  innerPx: number,
  palette: ScenePalette,
  measure: MeasureText,
): SceneItem[] {
  const colour: Record<EraGroup, string> = {
    shared: palette.muted,
    first: palette.cooperative,
    second: palette.warning,
  };
  // The layout runs forward; a right-to-left image mirrors it, as the screen does.
  const left = (x0: number, x1: number) => PAD_PX + (direction === 'rtl' ? innerPx - x1 : x0);
  const items: SceneItem[] = [];
  for (const rect of layout.rects) {
    const x = left(rect.x0Px, rect.x1Px);
    const width = rect.x1Px - rect.x0Px;
    const fill = colour[rect.group];
    items.push({
      kind: 'rect',
      x,
      y: rect.topPx,
      width,
      height: rect.heightPx,
      radius: 0,
      fill,
      stroke: undefined,
      opacity: rect.shade === 0 ? 0.09 : 0.16,
    });
    // The era's start, a line at its reading start.
    items.push({
      kind: 'rect',
      x: direction === 'rtl' ? x + width - 1 : x,
      y: rect.topPx,
      width: 1,
      height: rect.heightPx,
      radius: 0,
      fill,
      stroke: undefined,
      opacity: 0.45,
    });
  }
  for (const label of layout.labels) {
    const x = left(label.xPx, label.xPx + label.widthPx);
    const fill = colour[label.group];
    items.push({
      kind: 'rect',
      x: direction === 'rtl' ? x + label.widthPx - 3 : x,
      y: label.topPx,
      width: 3,
      height: ERA_ROW_PX - 2,
      radius: 0,
      fill,
      stroke: undefined,
    });
    items.push(
      text(
        direction === 'rtl' ? x + label.widthPx - 7 : x + 7,
        label.topPx + 13,
        fitText(label.era.title, ERA_FONT, label.widthPx - 10, measure),
        ERA_FONT,
        palette.text,
        direction === 'rtl' ? 'end' : 'start',
      ),
    );
  }
  return items;
}

/**
 * `direction`: the base direction of a text in the interface's language (the page's); dataset
 * text (titles) is left to its own characters.
 */
function text(
  x: number,
  y: number,
  value: string,
  font: SceneFont,
  fill: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
  direction?: TimeDirection,
): SceneItem {
  return direction === undefined
    ? { kind: 'text', x, y, text: value, font, fill, anchor }
    : { kind: 'text', x, y, text: value, font, fill, anchor, direction };
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
