import type { AxisTicks, Tick } from './axis-ticks';
import { placeLabelsInRows } from './label-rows';
import { scaleSign, scaleWidthPx, type TimeScale } from './time-scale';

export interface TickLabel extends Tick {
  /** The tick's place on screen. */
  readonly xPx: number;
  /** Undefined where the label would touch another label or run off the edge. */
  readonly text: string | undefined;
  /** The label's box on screen. */
  readonly startPx: number;
  readonly endPx: number;
}

/**
 * Each tick with the label that fits: labels sit just after their tick in reading order, and a
 * label that would come within `gapPx` of another is left out, the start of a larger unit (a new
 * year, a new month) winning over the others.
 */
export function layoutTickLabels(
  scale: TimeScale,
  { ticks }: AxisTicks,
  labelOf: (tick: Tick) => string,
  widthOf: (text: string, major: boolean) => number,
  gapPx = 12,
  offsetPx = 4,
): TickLabel[] {
  const sign = scaleSign(scale);
  const boxes = ticks.map((tick) => {
    const xPx = scale(tick.ms);
    const text = labelOf(tick);
    const widthPx = widthOf(text, tick.major);
    const near = xPx + sign * offsetPx;
    const far = near + sign * widthPx;
    return { tick, xPx, text, startPx: Math.min(near, far), endPx: Math.max(near, far) };
  });
  const order = [...boxes.keys()].sort(
    (a, b) => Number(boxes[b]!.tick.major) - Number(boxes[a]!.tick.major) || a - b,
  );
  const rows = placeLabelsInRows(
    order.map((i) => boxes[i]!),
    1,
    gapPx,
    scaleWidthPx(scale),
  );
  const shown = new Set(order.filter((_, k) => rows[k] !== undefined));
  return boxes.map((box, i) => ({
    ...box.tick,
    xPx: box.xPx,
    text: shown.has(i) ? box.text : undefined,
    startPx: box.startPx,
    endPx: box.endPx,
  }));
}
