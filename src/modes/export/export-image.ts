import { namedPublishers } from '../../domain/named-publishers';
import type { TimeWindow } from '../../domain/time-window';
import type { Dataset, TimelineEvent } from '../../domain/types';
import { directionOf } from '../../i18n/choose-language';
import { formatList, formatNumber } from '../../i18n/format-date';
import { formatTickLabel } from '../../i18n/format-tick';
import type { Messages } from '../../i18n/messages-en';
import type { LaneMode, Language } from '../../state/url-state';
import { buildEventIndex } from '../../timeline/model/event-index';
import { downloadBlob } from '../../ui/download-blob';
import { buildLaneGroups } from '../explore/lane-groups';
import { canvasFont, drawScene } from './draw-scene';
import { exportFileName } from './export-file-name';
import { formatWindowDays } from './format-window-days';
import { sceneToSvg } from './scene-to-svg';
import {
  buildTimelineScene,
  estimateTextWidth,
  LIGHT_PALETTE,
  type MeasureText,
  type Scene,
  type ScenePalette,
} from './timeline-scene';

export type ImageFormat = 'png' | 'svg';

export interface ExportRequest {
  readonly dataset: Dataset;
  /** The screen's lane bands. */
  readonly lanes: LaneMode;
  /** The matching events, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly window: TimeWindow;
  /** Whether the screen shows the dataset's eras behind the timeline. */
  readonly showEras: boolean;
  readonly locale: Language;
  readonly messages: Messages;
}

const PNG_SCALE = 2;
const NAMED_PUBLISHERS = 4;

/** Builds the image of the view and hands it to the browser as a download; returns its file name. */
export async function exportTimelineImage(
  request: ExportRequest,
  format: ImageFormat,
): Promise<string> {
  const measure = canvasMeasure();
  const groups = buildLaneGroups(
    buildEventIndex(request.events),
    request.lanes,
    request.dataset,
    request.messages,
  );
  const scene = buildTimelineScene({
    events: request.events,
    window: request.window,
    direction: directionOf(request.locale),
    bands: groups.map((group) => ({ label: group.label, index: group.index, key: group.key })),
    eras: request.showEras
      ? {
          eras: request.dataset.eras,
          parties: [request.dataset.parties[0].code, request.dataset.parties[1].code],
          nowMs: Date.now(),
        }
      : undefined,
    words: sceneWords(request),
    palette: pagePalette(),
    measure,
  });
  const fileName = exportFileName(request.dataset.title, request.window, format);
  const blob =
    format === 'svg'
      ? new Blob([sceneToSvg(scene, request.dataset.title)], { type: 'image/svg+xml' })
      : await sceneToPng(scene);
  downloadBlob(blob, fileName);
  return fileName;
}

function sceneWords({ dataset, events, window, locale, messages }: ExportRequest) {
  const visible = events.filter((e) => e.endMs > window.startMs && e.startMs < window.endMs);
  const period = formatWindowDays(window, locale, messages.dateWords);
  const publishers = namedPublishers(dataset, NAMED_PUBLISHERS);
  return {
    title: dataset.title,
    subtitle: `${period} · ${messages.exportEventCount(formatNumber(visible.length, locale))}`,
    legendTitle: messages.eventTypeLegend,
    tones: {
      cooperative: messages.cooperative,
      conflictual: messages.conflictual,
      neutral: messages.neutral,
    },
    attribution: [
      publishers.length > 0 ? messages.attribution(formatList(publishers, locale)) : undefined,
      messages.builtWith,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
    tickLabel: (ms: number, step: Parameters<typeof formatTickLabel>[1], major: boolean) =>
      formatTickLabel(ms, step, major, locale, messages.dateWords),
    clusterLabel: (count: number, mode: 'detail' | 'density') =>
      mode === 'detail'
        ? messages.moreEventsHere(formatNumber(count, locale))
        : formatNumber(count, locale),
  };
}

// The image takes the colours of the theme on screen, read from the page's custom properties.
function pagePalette(): ScenePalette {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => {
    const value = style.getPropertyValue(name).trim();
    // Only plain colour values go into the image; anything else falls back.
    return /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%/]+\)|[a-z]+)$/i.test(value) ? value : fallback;
  };
  return {
    background: read('--bg', LIGHT_PALETTE.background),
    surface: read('--surface', LIGHT_PALETTE.surface),
    text: read('--text', LIGHT_PALETTE.text),
    muted: read('--muted', LIGHT_PALETTE.muted),
    border: read('--border', LIGHT_PALETTE.border),
    cooperative: read('--cooperative', LIGHT_PALETTE.cooperative),
    conflictual: read('--conflictual', LIGHT_PALETTE.conflictual),
    neutral: read('--neutral', LIGHT_PALETTE.neutral),
    warning: read('--warning-border', LIGHT_PALETTE.warning),
  };
}

function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font.weight}|${font.sizePx}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = canvasFont(font);
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

async function sceneToPng(scene: Scene): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = scene.widthPx * PNG_SCALE;
  canvas.height = scene.heightPx * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.scale(PNG_SCALE, PNG_SCALE);
  drawScene(context, scene);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}
