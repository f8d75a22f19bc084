// The rule that keeps text from overlapping text on the timeline: boxes (a label's extent on
// screen, from the time scale) are put in rows so that no two in a row come closer than a gap.
// Event labels, axis tick labels and cluster pills all go through it; eras drawn behind the
// timeline can too.

export interface LabelBox {
  readonly startPx: number;
  readonly endPx: number;
}

export interface RowSet {
  readonly rows: number;
  readonly gapPx: number;
  /** For each row, the boxes already in it. */
  readonly taken: LabelBox[][];
}

export function createRowSet(rows: number, gapPx: number): RowSet {
  return { rows, gapPx, taken: Array.from({ length: Math.max(0, rows) }, () => []) };
}

export function boxesOverlap(a: LabelBox, b: LabelBox, gapPx: number): boolean {
  return a.startPx < b.endPx + gapPx && b.startPx < a.endPx + gapPx;
}

export function rowIsFree(set: RowSet, row: number, box: LabelBox): boolean {
  const taken = set.taken[row];
  if (!taken) return false;
  // Newest first: labels arrive in time order, so a clash is most often with the latest one.
  for (let i = taken.length - 1; i >= 0; i--) {
    if (boxesOverlap(taken[i]!, box, set.gapPx)) return false;
  }
  return true;
}

/** The first row from which `rowSpan` rows are all free for `box`, or -1. */
export function freeRow(set: RowSet, box: LabelBox, rowSpan = 1, fromRow = 0): number {
  for (let row = fromRow; row + rowSpan <= set.rows; row++) {
    let free = true;
    for (let r = row; r < row + rowSpan && free; r++) free = rowIsFree(set, r, box);
    if (free) return row;
  }
  return -1;
}

export function takeRows(set: RowSet, row: number, box: LabelBox, rowSpan = 1): void {
  for (let r = row; r < row + rowSpan; r++) set.taken[r]?.push(box);
}

/**
 * Places boxes in the order given (put the most important first), each in the first row where it
 * fits, or nowhere (undefined). Boxes outside [0, widthPx] are not placed when a width is given.
 */
export function placeLabelsInRows(
  boxes: readonly LabelBox[],
  rows: number,
  gapPx: number,
  widthPx?: number,
): (number | undefined)[] {
  const set = createRowSet(rows, gapPx);
  return boxes.map((box) => {
    if (widthPx !== undefined && (box.startPx < 0 || box.endPx > widthPx)) return undefined;
    const row = freeRow(set, box);
    if (row === -1) return undefined;
    takeRows(set, row, box);
    return row;
  });
}

/**
 * Boxes of fixed widths kept in one row inside [0, widthPx], each as near its wanted start as the
 * others allow: swept forward so none overlaps the one before, then back from the far edge.
 * Returns each box's start; if they cannot all fit, the last ones overflow the far edge.
 */
export function packInRow(
  wanted: readonly { readonly startPx: number; readonly widthPx: number }[],
  widthPx: number,
  gapPx: number,
): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]!.startPx - wanted[b]!.startPx);
  const starts = wanted.map((box) => Math.max(0, box.startPx));
  let edge = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    starts[i] = Math.max(starts[i]!, edge);
    edge = starts[i]! + wanted[i]!.widthPx + gapPx;
  }
  edge = widthPx;
  for (const i of [...order].reverse()) {
    starts[i] = Math.max(0, Math.min(starts[i]!, edge - wanted[i]!.widthPx));
    edge = starts[i]! - gapPx;
  }
  return starts;
}
