import type { TimeWindow } from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { candidateRange, countVisible, type EventIndex, lowerBound } from './event-index';

// Level of detail, as a pure function of (events, window, width):
// - detail: the visible events are packed into lanes; those that do not fit are gathered into
//   "+N" clusters where they are, so overlapping events never hide each other;
// - density: when too many events are visible to be read one by one, every bin of the width
//   becomes a cluster that zooms in when activated.
// Work per call is bounded by the width and detailLimit, never by the number of events.

// Detail mode walks the candidates (events starting after the window's start less the longest
// span); with many long events that range can be wide, so the walk is bounded by this too.
export interface LayoutOptions {
  readonly widthPx: number;
  readonly lanes: number;
  /** Width of an event's mark and label when drawn from its start. */
  readonly boxWidthPx: (event: TimelineEvent) => number;
  readonly gapPx: number;
  /** Above this many candidate events in view, switch to density. */
  readonly detailLimit: number;
  /** Width of one cluster in density mode, and the reach of an overflow cluster. */
  readonly clusterPx: number;
  /** Positions always drawn as events (the focused and the selected one). */
  readonly pinned: readonly number[];
}

export interface PlacedEvent {
  readonly position: number;
  readonly event: TimelineEvent;
  readonly lane: number;
  /** Where the event starts on screen (may be left of the view for a long span). */
  readonly xPx: number;
  /** Where the event's own span ends on screen (a band for month or year precision). */
  readonly spanEndPx: number;
  /** The drawn box: marker, label and band. */
  readonly boxStartPx: number;
  readonly boxEndPx: number;
  /** Label drawn to the left of the marker, because it would run off the right edge. */
  readonly flipped: boolean;
}

/** Half the marker's width: where the marker's centre sits inside its box. */
export const MARKER_CENTRE_PX = 11;

export interface Cluster {
  readonly key: string;
  readonly count: number;
  readonly firstStartMs: number;
  readonly lastStartMs: number;
  readonly xPx: number;
}

export interface Layout {
  readonly mode: 'detail' | 'density';
  readonly placed: readonly PlacedEvent[];
  readonly clusters: readonly Cluster[];
}

export function toPx(window: TimeWindow, widthPx: number, ms: number): number {
  return ((ms - window.startMs) / (window.endMs - window.startMs)) * widthPx;
}

export function toMs(window: TimeWindow, widthPx: number, px: number): number {
  return window.startMs + (px / widthPx) * (window.endMs - window.startMs);
}

export function layoutTimeline(
  index: EventIndex,
  window: TimeWindow,
  options: LayoutOptions,
): Layout {
  if (countVisible(index, window.startMs, window.endMs) > options.detailLimit) {
    return densityLayout(index, window, options);
  }
  const [lo, hi] = candidateRange(index, window.startMs, window.endMs);
  // Pins only act when a pinned event would otherwise fall into a cluster: focusing an event
  // that is already drawn must not move it (a click would then land somewhere else).
  const plain = detailLayout(index, window, { ...options, pinned: [] }, lo, hi);
  const hidden = options.pinned.some(
    (position) =>
      isVisible(index, position, window) &&
      !plain.placed.some((item) => item.position === position),
  );
  return hidden ? detailLayout(index, window, options, lo, hi) : plain;
}

function detailLayout(
  index: EventIndex,
  window: TimeWindow,
  options: LayoutOptions,
  lo: number,
  hi: number,
): Layout {
  // Pinned events take their lanes first, so keyboard focus never lands inside a cluster.
  const pins = placePins(index, window, options);
  const pinByPosition = new Map(pins.map((pin) => [pin.position, pin]));
  const laneEndsPx = new Array<number>(options.lanes).fill(Number.NEGATIVE_INFINITY);
  const placed: PlacedEvent[] = [];
  const overflow: number[] = [];

  for (let position = lo; position < hi; position++) {
    if (!isVisible(index, position, window)) continue;
    const pin = pinByPosition.get(position);
    const box = pin ?? footprint(index, window, options, position, 0);
    const lane =
      pin?.lane ??
      laneEndsPx.findIndex(
        (endPx, lane) =>
          endPx + options.gapPx <= box.boxStartPx &&
          !pins.some((p) => p.lane === lane && overlaps(p, box, options.gapPx)),
      );
    if (lane === -1) {
      overflow.push(position);
      continue;
    }
    laneEndsPx[lane] = Math.max(laneEndsPx[lane]!, box.boxEndPx);
    placed.push(pin ?? { ...box, lane });
  }
  return { mode: 'detail', placed, clusters: clusterOverflow(index, window, options, overflow) };
}

function placePins(index: EventIndex, window: TimeWindow, options: LayoutOptions): PlacedEvent[] {
  const pins: PlacedEvent[] = [];
  for (const position of [...new Set(options.pinned)].sort((a, b) => a - b)) {
    if (position < 0 || position >= index.events.length || !isVisible(index, position, window))
      continue;
    const box = footprint(index, window, options, position, 0);
    let lane = 0;
    while (
      lane < options.lanes - 1 &&
      pins.some((p) => p.lane === lane && overlaps(p, box, options.gapPx))
    ) {
      lane++;
    }
    pins.push({ ...box, lane });
  }
  return pins;
}

function footprint(
  index: EventIndex,
  window: TimeWindow,
  options: LayoutOptions,
  position: number,
  lane: number,
): PlacedEvent {
  const event = index.events[position]!;
  const xPx = toPx(window, options.widthPx, event.startMs);
  const spanEndPx = toPx(window, options.widthPx, event.endMs);
  const labelPx = options.boxWidthPx(event);
  // A label that would run off the right edge goes to the left of the event's marker; the box
  // then ends at the marker (a band running on past the edge is not drawn, the label is read).
  const flipped =
    Math.max(spanEndPx, xPx + labelPx) > options.widthPx && xPx + MARKER_CENTRE_PX - labelPx >= 0;
  if (flipped) {
    const boxEndPx = xPx + MARKER_CENTRE_PX;
    return {
      position,
      event,
      lane,
      xPx,
      spanEndPx,
      boxStartPx: boxEndPx - labelPx,
      boxEndPx,
      flipped,
    };
  }
  // An event that began left of the view keeps its label at the left edge while its band runs on.
  const boxStartPx = Math.max(xPx - MARKER_CENTRE_PX, Math.min(0, spanEndPx - labelPx));
  return {
    position,
    event,
    lane,
    xPx,
    spanEndPx,
    boxStartPx,
    boxEndPx: Math.max(spanEndPx, boxStartPx + labelPx),
    flipped,
  };
}

function overlaps(a: PlacedEvent, b: PlacedEvent, gapPx: number): boolean {
  return a.boxStartPx < b.boxEndPx + gapPx && b.boxStartPx < a.boxEndPx + gapPx;
}

function isVisible(index: EventIndex, position: number, window: TimeWindow): boolean {
  if (position < 0 || position >= index.events.length) return false;
  return index.endsMs[position]! > window.startMs && index.startsMs[position]! < window.endMs;
}

function clusterOverflow(
  index: EventIndex,
  window: TimeWindow,
  options: LayoutOptions,
  overflow: readonly number[],
): Cluster[] {
  const clusters: Cluster[] = [];
  let current: { first: number; last: number; count: number; xPx: number } | undefined;
  const flush = () => {
    if (!current) return;
    clusters.push(makeCluster(index, current.first, current.last, current.count, current.xPx));
  };
  for (const position of overflow) {
    const xPx = Math.max(0, toPx(window, options.widthPx, index.startsMs[position]!));
    if (current && xPx < current.xPx + options.clusterPx) {
      current.last = position;
      current.count++;
    } else {
      flush();
      current = { first: position, last: position, count: 1, xPx };
    }
  }
  flush();
  return clusters;
}

function densityLayout(index: EventIndex, window: TimeWindow, options: LayoutOptions): Layout {
  const clusters: Cluster[] = [];
  const bins = Math.max(1, Math.floor(options.widthPx / options.clusterPx));
  const binPx = options.widthPx / bins;
  let lo = lowerBound(index.startsMs, window.startMs);
  for (let bin = 0; bin < bins; bin++) {
    const binEndMs = toMs(window, options.widthPx, (bin + 1) * binPx);
    const hi = lowerBound(index.startsMs, binEndMs, lo);
    if (hi > lo) clusters.push(makeCluster(index, lo, hi - 1, hi - lo, bin * binPx));
    lo = hi;
  }
  return { mode: 'density', placed: placePins(index, window, options), clusters };
}

function makeCluster(
  index: EventIndex,
  first: number,
  last: number,
  count: number,
  xPx: number,
): Cluster {
  return {
    key: `${index.events[first]!.id}…${index.events[last]!.id}`,
    count,
    firstStartMs: index.startsMs[first]!,
    lastStartMs: index.startsMs[last]!,
    xPx,
  };
}

/** Counts of events starting in each of `bins` equal slices of the window, for a density strip. */
export function densityCounts(index: EventIndex, window: TimeWindow, bins: number): Uint32Array {
  const counts = new Uint32Array(bins);
  let lo = lowerBound(index.startsMs, window.startMs);
  for (let bin = 0; bin < bins; bin++) {
    const binEndMs = window.startMs + ((bin + 1) / bins) * (window.endMs - window.startMs);
    const hi = lowerBound(index.startsMs, binEndMs, lo);
    counts[bin] = hi - lo;
    lo = hi;
  }
  return counts;
}
