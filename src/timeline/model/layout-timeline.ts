import type { TimeWindow } from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { candidateRange, countVisible, type EventIndex, lowerBound } from './event-index';
import { createRowSet, freeRow, packInRow, type RowSet, takeRows } from './label-rows';
import { msBetween, scaleSign, scaleWidthPx, type TimeScale, windowOfScale } from './time-scale';

// Level of detail, as a pure function of (events, scale), in screen pixels:
// - detail: the visible events are packed into rows so that no label touches another; those that
//   do not fit are gathered into "+N" clusters where they are, so events never hide each other;
// - density: when too many events are visible to be read one by one, every slice of the width
//   becomes a cluster that zooms in when activated.
// Work per call is bounded by the width and detailLimit, never by the number of events.

/**
 * An event's label box: its width (marker and text, so never narrower than the marker) and how
 * many rows it takes.
 */
export interface LabelSize {
  readonly widthPx: number;
  readonly rows: 1 | 2;
  /** The title is cut: it shows whole on hover and focus. */
  readonly cut: boolean;
}

export interface LayoutOptions {
  /** Rows available for events. */
  readonly rows: number;
  readonly label: (event: TimelineEvent) => LabelSize;
  readonly gapPx: number;
  /** Above this many events in view, switch to density. */
  readonly detailLimit: number;
  /** Width of one cluster in density mode, and the reach of an overflow cluster. */
  readonly clusterPx: number;
  /** Width of the "+N" pill of an overflow cluster of `count` events. */
  readonly pillWidthPx: (count: number) => number;
  /** Positions always drawn as events (the focused and the selected one). */
  readonly pinned: readonly number[];
}

export interface PlacedEvent {
  readonly position: number;
  readonly event: TimelineEvent;
  /** The top row of its box, and how many rows it takes. */
  readonly row: number;
  readonly rows: 1 | 2;
  readonly cut: boolean;
  /** Where the event starts on screen (may be outside the view for a long span). */
  readonly xPx: number;
  /** Where the event's own span ends on screen (a band for month or year precision). */
  readonly spanEndPx: number;
  /** The drawn box on screen: marker, label and band, cut a little past the view's far edge. */
  readonly boxStartPx: number;
  readonly boxEndPx: number;
  /** The label hangs on the other side of the marker, because it would run off the far edge. */
  readonly flipped: boolean;
}

/** Half the marker's width: where the marker's centre sits inside its box. */
export const MARKER_CENTRE_PX = 11;
/** The narrowest a label is squeezed to on a narrow view. */
const MIN_LABEL_PX = 60;
/** How far past the view's edge a long box is still drawn. */
const OVERHANG_PX = 40;

export interface Cluster {
  readonly key: string;
  readonly count: number;
  readonly firstStartMs: number;
  readonly lastStartMs: number;
  /** Its box on screen: the pill (detail) or the slice of the width (density). */
  readonly startPx: number;
  readonly endPx: number;
}

export interface Layout {
  readonly mode: 'detail' | 'density';
  readonly placed: readonly PlacedEvent[];
  readonly clusters: readonly Cluster[];
}

export function layoutTimeline(
  index: EventIndex,
  scale: TimeScale,
  options: LayoutOptions,
): Layout {
  const window = windowOfScale(scale);
  if (countVisible(index, window.startMs, window.endMs) > options.detailLimit) {
    return densityLayout(index, scale, options);
  }
  const [lo, hi] = candidateRange(index, window.startMs, window.endMs);
  // Pins only act when a pinned event would otherwise fall into a cluster: focusing an event
  // that is already drawn must not move it (a click would then land somewhere else).
  const plain = detailLayout(index, scale, { ...options, pinned: [] }, lo, hi);
  const hidden = options.pinned.some(
    (position) =>
      isVisible(index, position, window) &&
      !plain.placed.some((item) => item.position === position),
  );
  return hidden ? detailLayout(index, scale, options, lo, hi) : plain;
}

function detailLayout(
  index: EventIndex,
  scale: TimeScale,
  options: LayoutOptions,
  lo: number,
  hi: number,
): Layout {
  const rows = createRowSet(options.rows, options.gapPx);
  const window = windowOfScale(scale);
  // Pinned events take their rows first, so keyboard focus never lands inside a cluster.
  const pins = placePins(index, scale, options, rows);
  const placed: PlacedEvent[] = [];
  const overflow: number[] = [];
  for (let position = lo; position < hi; position++) {
    if (!isVisible(index, position, window)) continue;
    const pin = pins.get(position);
    if (pin) {
      placed.push(pin);
      continue;
    }
    // Most events of a crowded view fall into clusters: those are told apart before their titles
    // are measured (measuring is most of a first view's layout).
    if (!markerHasRoom(index, scale, rows, position)) {
      overflow.push(position);
      continue;
    }
    const box = footprint(index, scale, options, position);
    const extent = { startPx: box.boxStartPx, endPx: box.boxEndPx };
    const row = freeRow(rows, extent, box.rows);
    if (row !== -1) {
      takeRows(rows, row, extent, box.rows);
      placed.push({ ...box, row });
      continue;
    }
    // Where two rows are not free, a two-line label is drawn on one line, cut, rather than not at all.
    const single = box.rows === 2 ? freeRow(rows, extent, 1) : -1;
    if (single !== -1) {
      takeRows(rows, single, extent, 1);
      placed.push({ ...box, row: single, rows: 1, cut: true });
      continue;
    }
    overflow.push(position);
  }
  return { mode: 'detail', placed, clusters: clusterOverflow(index, scale, options, overflow) };
}

function placePins(
  index: EventIndex,
  scale: TimeScale,
  options: LayoutOptions,
  rows: RowSet,
): Map<number, PlacedEvent> {
  const pins = new Map<number, PlacedEvent>();
  const window = windowOfScale(scale);
  for (const position of [...new Set(options.pinned)].sort((a, b) => a - b)) {
    if (!isVisible(index, position, window)) continue;
    const box = footprint(index, scale, options, position);
    // A pin is drawn even where every row is taken: in the last rows, over nothing but events
    // that then fall into clusters.
    const extent = { startPx: box.boxStartPx, endPx: box.boxEndPx };
    const found = freeRow(rows, extent, box.rows);
    const row = found === -1 ? Math.max(0, options.rows - box.rows) : found;
    takeRows(rows, row, extent, box.rows);
    pins.set(position, { ...box, row });
  }
  return pins;
}

/**
 * An event's box on screen. Labels read after their marker: to the right of it on a left-to-right
 * page, to the left on a right-to-left one (the scale's direction). The box is worked out along
 * the reading direction ("flow") and turned into screen pixels at the end.
 */
function footprint(
  index: EventIndex,
  scale: TimeScale,
  options: LayoutOptions,
  position: number,
): PlacedEvent {
  const event = index.events[position]!;
  const widthPx = scaleWidthPx(scale);
  const sign = scaleSign(scale);
  const toFlow = (px: number) => (sign > 0 ? px : widthPx - px);
  const xPx = scale(event.startMs);
  const spanEndPx = scale(event.endMs);
  const x = toFlow(xPx);
  const spanEnd = toFlow(spanEndPx);
  const label = options.label(event);
  // On a narrow view a label may fit on neither side of its marker: it takes the larger side,
  // cut (its whole title shows on hover and focus), rather than run off the edge.
  const roomAfter = widthPx - (x - MARKER_CENTRE_PX);
  const roomBefore = x + MARKER_CENTRE_PX;
  const squeezed = label.widthPx > roomAfter && label.widthPx > roomBefore;
  const labelPx = squeezed ? Math.max(roomAfter, roomBefore, MIN_LABEL_PX) : label.widthPx;
  // A label that would run off the far edge goes to the other side of the event's marker; the
  // box then ends at the marker (a band running on past the edge is not drawn, the label is read).
  const flipped = Math.max(spanEnd, x + labelPx) > widthPx && x + MARKER_CENTRE_PX - labelPx >= 0;
  let start: number;
  let end: number;
  if (flipped) {
    end = x + MARKER_CENTRE_PX;
    start = end - labelPx;
  } else {
    // An event that began before the view keeps its label at the view's edge while its band runs on.
    start = Math.max(x - MARKER_CENTRE_PX, Math.min(0, spanEnd - labelPx));
    end = Math.min(
      Math.max(spanEnd, start + labelPx),
      Math.max(widthPx + OVERHANG_PX, start + labelPx),
    );
  }
  const [boxStartPx, boxEndPx] = sign > 0 ? [start, end] : [widthPx - end, widthPx - start];
  return {
    position,
    event,
    row: 0,
    rows: label.rows,
    cut: label.cut || squeezed,
    xPx,
    spanEndPx,
    boxStartPx,
    boxEndPx,
    flipped,
  };
}

/**
 * Whether some row has room for the event's marker. Every box footprint() gives an event whose
 * marker is in view holds the marker (a label is wider than the marker, on whichever side it
 * hangs): where no row has room for the marker, none has room for the event, whatever its title.
 * An event whose marker is out of view (it began before the view) may have room anyway.
 */
function markerHasRoom(
  index: EventIndex,
  scale: TimeScale,
  rows: RowSet,
  position: number,
): boolean {
  const xPx = scale(index.startsMs[position]!);
  const flowPx = scaleSign(scale) > 0 ? xPx : scaleWidthPx(scale) - xPx;
  if (flowPx < MARKER_CENTRE_PX) return true;
  const marker = { startPx: xPx - MARKER_CENTRE_PX, endPx: xPx + MARKER_CENTRE_PX };
  return freeRow(rows, marker, 1) !== -1;
}

function isVisible(index: EventIndex, position: number, window: TimeWindow): boolean {
  if (position < 0 || position >= index.events.length) return false;
  return index.endsMs[position]! > window.startMs && index.startsMs[position]! < window.endMs;
}

/** Overflowing events close together on screen share one "+N" pill, the pills kept apart. */
function clusterOverflow(
  index: EventIndex,
  scale: TimeScale,
  options: LayoutOptions,
  overflow: readonly number[],
): Cluster[] {
  const widthPx = scaleWidthPx(scale);
  const sign = scaleSign(scale);
  const groups: { first: number; last: number; count: number; flowPx: number }[] = [];
  for (const position of overflow) {
    const xPx = Math.min(widthPx, Math.max(0, scale(index.startsMs[position]!)));
    const flowPx = sign > 0 ? xPx : widthPx - xPx;
    const current = groups.at(-1);
    if (current && flowPx < current.flowPx + options.clusterPx) {
      current.last = position;
      current.count++;
    } else {
      groups.push({ first: position, last: position, count: 1, flowPx });
    }
  }
  const wanted = groups.map((g) => ({ startPx: g.flowPx, widthPx: options.pillWidthPx(g.count) }));
  const starts = packInRow(wanted, widthPx, options.gapPx);
  return groups.map((g, i) => {
    const start = starts[i]!;
    const end = start + wanted[i]!.widthPx;
    const [startPx, endPx] = sign > 0 ? [start, end] : [widthPx - end, widthPx - start];
    return makeCluster(index, g.first, g.last, g.count, startPx, endPx);
  });
}

function densityLayout(index: EventIndex, scale: TimeScale, options: LayoutOptions): Layout {
  const widthPx = scaleWidthPx(scale);
  const bins = Math.max(1, Math.floor(widthPx / options.clusterPx));
  const binPx = widthPx / bins;
  const clusters: Cluster[] = [];
  for (let bin = 0; bin < bins; bin++) {
    const [startMs, endMs] = msBetween(scale, bin * binPx, (bin + 1) * binPx);
    const lo = lowerBound(index.startsMs, startMs);
    const hi = lowerBound(index.startsMs, endMs, lo);
    if (hi > lo)
      clusters.push(makeCluster(index, lo, hi - 1, hi - lo, bin * binPx, (bin + 1) * binPx));
  }
  // In time order, whichever way the scale runs: the keyboard moves through them so.
  clusters.sort((a, b) => a.firstStartMs - b.firstStartMs);
  const rows = createRowSet(options.rows, options.gapPx);
  return {
    mode: 'density',
    placed: [...placePins(index, scale, options, rows).values()],
    clusters,
  };
}

function makeCluster(
  index: EventIndex,
  first: number,
  last: number,
  count: number,
  startPx: number,
  endPx: number,
): Cluster {
  return {
    key: `${index.events[first]!.id}…${index.events[last]!.id}`,
    count,
    firstStartMs: index.startsMs[first]!,
    lastStartMs: index.startsMs[last]!,
    startPx,
    endPx,
  };
}
