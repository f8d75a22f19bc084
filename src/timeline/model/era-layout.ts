import type { Era } from '../../domain/types';
import { createRowSet, freeRow, type RowSet, takeRows } from './label-rows';

// Eras drawn behind the timeline: a tinted band per era, and its label in a strip of its own
// above the lanes (so no era label ever sits under an event's label). A side's eras are drawn
// in that side's band of the lanes when the lanes are split by host country, else in that
// side's half; shared eras run across everything. Pure: positions come from `xOf` (the
// timeline's time → pixel mapping), widths from `measure`.

export type EraGroup = 'shared' | 'first' | 'second';
export const ERA_GROUPS: readonly EraGroup[] = ['shared', 'first', 'second'];

export const ERA_ROW_PX = 18;
/** Rows per group at most: eras of one group that overlap take a second row, never a third. */
export const MAX_ROWS_PER_GROUP = 2;
const LABEL_PAD_PX = 6;
const LABEL_GAP_PX = 8;
/** Narrower than this, a label would be a few letters and an ellipsis: the band is drawn unlabelled. */
const MIN_LABEL_PX = 60;

export interface LaneBand {
  readonly key: string;
  readonly topPx: number;
  readonly heightPx: number;
}

export interface EraRect {
  readonly era: Era;
  readonly group: EraGroup;
  /** Forward coordinates (time runs left to right); the view mirrors them on RTL pages. */
  readonly x0Px: number;
  readonly x1Px: number;
  readonly topPx: number;
  readonly heightPx: number;
  /** Alternate shades, so abutting eras of one group stay apart. */
  readonly shade: 0 | 1;
}

export interface EraLabel {
  readonly era: Era;
  readonly group: EraGroup;
  readonly xPx: number;
  /** The room the label has: the text is cut with an ellipsis beyond it. */
  readonly widthPx: number;
  readonly topPx: number;
}

export interface EraLayout {
  readonly rects: readonly EraRect[];
  readonly labels: readonly EraLabel[];
  /** Height of the label strip above the lanes (0 when there are no eras). */
  readonly stripPx: number;
}

export function eraGroup(era: Era, parties: readonly [string, string]): EraGroup {
  if (era.party === parties[0]) return 'first';
  if (era.party === parties[1]) return 'second';
  return 'shared';
}

/**
 * Rows each group needs (0, 1 or 2) for the eras given (the timeline gives those in view). Eras
 * of a group are put in rows greedily by start.
 */
export function eraRows(
  eras: readonly Era[],
  parties: readonly [string, string],
): Record<EraGroup, number> {
  const rows: Record<EraGroup, number> = { shared: 0, first: 0, second: 0 };
  for (const group of ERA_GROUPS) {
    const ends: number[] = [];
    const ofGroup = eras
      .filter((era) => eraGroup(era, parties) === group)
      .sort((a, b) => a.startMs - b.startMs);
    for (const era of ofGroup) {
      const row = ends.findIndex((endMs) => endMs <= era.startMs);
      const endMs = era.endMs ?? Number.POSITIVE_INFINITY;
      if (row === -1) ends.push(endMs);
      else ends[row] = endMs;
    }
    rows[group] = Math.min(MAX_ROWS_PER_GROUP, ends.length);
  }
  return rows;
}

export interface EraLayoutInput {
  readonly eras: readonly Era[];
  readonly parties: readonly [string, string];
  readonly widthPx: number;
  /** Time → forward x. */
  readonly xOf: (ms: number) => number;
  /** "Now", where an open era ends. */
  readonly nowMs: number;
  /** The lanes' area, below the strip. */
  readonly lanesTopPx: number;
  readonly lanesHeightPx: number;
  /** The bands of lanes when they are split (host country keys are party codes). */
  readonly bands: readonly LaneBand[];
  readonly measure: (text: string) => number;
}

export function layoutEras(input: EraLayoutInput): EraLayout {
  const { eras, parties, widthPx, xOf, lanesTopPx, lanesHeightPx } = input;
  const rows = eraRows(eras, parties);
  const stripPx = (rows.shared + rows.first + rows.second) * ERA_ROW_PX;
  const firstRow: Record<EraGroup, number> = {
    shared: 0,
    first: rows.shared,
    second: rows.shared + rows.first,
  };
  const stripTopPx = lanesTopPx - stripPx;

  const verticalOf = (group: EraGroup, era: Era): { topPx: number; heightPx: number } => {
    if (group === 'shared') return { topPx: lanesTopPx, heightPx: lanesHeightPx };
    const band = input.bands.find((b) => b.key === era.party);
    if (band && input.bands.length > 1) return { topPx: band.topPx, heightPx: band.heightPx };
    const half = lanesHeightPx / 2;
    return { topPx: group === 'first' ? lanesTopPx : lanesTopPx + half, heightPx: half };
  };

  const rects: EraRect[] = [];
  const labels: EraLabel[] = [];
  // The timeline's no-overlap rule (label-rows.ts), with each group's rows a set of their own.
  const rowSets: Record<EraGroup, RowSet> = {
    shared: createRowSet(rows.shared, LABEL_GAP_PX),
    first: createRowSet(rows.first, LABEL_GAP_PX),
    second: createRowSet(rows.second, LABEL_GAP_PX),
  };
  const shadeCount: Record<EraGroup, number> = { shared: 0, first: 0, second: 0 };
  const ordered = [...eras].sort((a, b) => a.startMs - b.startMs);
  for (const era of ordered) {
    const group = eraGroup(era, parties);
    const shade = (shadeCount[group]++ % 2) as 0 | 1;
    const x0 = xOf(era.startMs);
    // An open era runs to now (and is never drawn narrower than a day).
    const x1 = xOf(era.endMs ?? Math.max(input.nowMs, era.startMs + 86_400_000));
    if (x1 <= 0 || x0 >= widthPx || x1 <= x0) continue;
    const visible0 = Math.max(0, x0);
    const visible1 = Math.min(widthPx, x1);
    rects.push({ era, group, x0Px: visible0, x1Px: visible1, ...verticalOf(group, era), shade });

    // The label stays at the start of the era's visible part, so it is read while panning.
    const room = visible1 - visible0 - LABEL_PAD_PX;
    // Titles are measured only for labels that can be drawn: an era too narrow for one, or whose
    // shortest label has no free row, is told apart first (most of a wide view's eras).
    const startPx = visible0 + LABEL_PAD_PX / 2;
    const shortest = { startPx, endPx: startPx + MIN_LABEL_PX };
    if (room < MIN_LABEL_PX || freeRow(rowSets[group], shortest) === -1) continue;
    const wanted = Math.ceil(input.measure(era.title)) + 2 * LABEL_PAD_PX;
    const width = Math.min(wanted, room);
    if (width < MIN_LABEL_PX) continue;
    const box = { startPx, endPx: startPx + width };
    const row = freeRow(rowSets[group], box);
    if (row === -1) continue;
    takeRows(rowSets[group], row, box);
    labels.push({
      era,
      group,
      xPx: box.startPx,
      widthPx: width,
      topPx: stripTopPx + (firstRow[group] + row) * ERA_ROW_PX,
    });
  }
  return { rects, labels, stripPx };
}
