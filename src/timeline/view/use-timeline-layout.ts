import { useMemo } from 'react';
import type { TimelineEvent } from '../../domain/types';
import type { EventIndex } from '../model/event-index';
import { type Layout, layoutTimeline, type PlacedEvent } from '../model/layout-timeline';
import { scaleWidthPx, type TimeScale } from '../model/time-scale';
import {
  AXIS_HEIGHT_PX,
  GROUP_LABEL_PX,
  ROW_PX,
  STRIP_HEIGHT_PX,
  TOP_PADDING_PX,
} from './dimensions';
import { labelSize } from './measure-label';
import { FONT_STACK, measureTextPx } from './measure-text';

/** One band of lanes: all events, or those of one host country, type or series. */
export interface LaneGroup {
  readonly key: string;
  /** Shown at the band's start; none when there is a single band. */
  readonly label: string | undefined;
  readonly index: EventIndex;
}

export interface Band {
  readonly group: LaneGroup;
  readonly layout: Layout;
  /** Where the band's first row starts. */
  readonly topPx: number;
  /** Where the "+N" pills sit: a row of their own, below the events' rows. */
  readonly pillTopPx: number;
  /** The area of the density columns: below any pinned event, down to the pills' row. */
  readonly columnTopPx: number;
  readonly columnBottomPx: number;
  /** The largest cluster, which sets the height scale of the density columns. */
  readonly maxCount: number;
}

export interface TimelineLayout {
  readonly bands: readonly Band[];
  readonly placed: readonly { readonly item: PlacedEvent; readonly band: Band }[];
  readonly mode: Layout['mode'];
  readonly stripTopPx: number;
}

const DETAIL_LIMIT = 600;
const CLUSTER_PX = 56;
export const PILL_FONT = `700 12px ${FONT_STACK}`;
export const pillText = (count: string) => `+${count}`;

/** The scene of the timeline for its scale and height: bands of rows, placed events, clusters. */
export function useTimelineLayout(
  groups: readonly LaneGroup[],
  scale: TimeScale | undefined,
  heightPx: number,
  pinnedIds: readonly string[],
  formatCount: (count: number) => string,
  /** Room kept above the lanes (the eras' label strip). */
  reserveTopPx = 0,
): TimelineLayout | undefined {
  return useMemo(() => {
    if (!scale) return undefined;
    const widthPx = scaleWidthPx(scale);
    const stripTopPx = heightPx - AXIS_HEIGHT_PX - STRIP_HEIGHT_PX;
    const labelled = groups.length > 1;
    const lanesTopPx = TOP_PADDING_PX + reserveTopPx;
    const perGroupPx = (stripTopPx - lanesTopPx) / Math.max(1, groups.length);
    const label = (event: TimelineEvent) => labelSize(event, widthPx);
    const pillWidthPx = (count: number) =>
      Math.max(40, Math.ceil(measureTextPx(pillText(formatCount(count)), PILL_FONT) + 18));
    const bands = groups.map((group, i): Band => {
      const bandTopPx = lanesTopPx + i * perGroupPx;
      const topPx = bandTopPx + (labelled ? GROUP_LABEL_PX : 0);
      const rows = Math.max(1, Math.floor((bandTopPx + perGroupPx - topPx) / ROW_PX));
      // With one band the pills sit on the density strip; with several, in each band's last row.
      const eventRows = labelled ? Math.max(1, rows - 1) : rows;
      const pinned = pinnedIds
        .map((id) => group.index.positionById.get(id))
        .filter((p): p is number => p !== undefined);
      const layout = layoutTimeline(group.index, scale, {
        rows: eventRows,
        label,
        gapPx: 6,
        detailLimit: DETAIL_LIMIT,
        clusterPx: CLUSTER_PX,
        pillWidthPx,
        pinned,
      });
      const pinnedRows = layout.placed.reduce(
        (end, item) => Math.max(end, item.row + item.rows),
        0,
      );
      const pillTopPx = labelled ? topPx + eventRows * ROW_PX : stripTopPx + 6;
      const maxCount = layout.clusters.reduce((max, cluster) => Math.max(max, cluster.count), 1);
      return {
        group,
        layout,
        topPx,
        pillTopPx,
        columnTopPx: topPx + pinnedRows * ROW_PX,
        columnBottomPx: topPx + rows * ROW_PX,
        maxCount,
      };
    });
    const placed = bands.flatMap((band) => band.layout.placed.map((item) => ({ item, band })));
    const mode = bands.some((b) => b.layout.mode === 'density') ? 'density' : 'detail';
    return { bands, placed, mode, stripTopPx };
  }, [groups, scale, heightPx, pinnedIds, formatCount, reserveTopPx]);
}
