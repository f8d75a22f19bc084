// How a title is drawn on the timeline: on one line when it is short, wrapped to two lines
// before anything is cut, and cut (with the whole title on hover and focus) only when two lines
// of the widest label are not enough. Pure: the width of a piece of text is given.

export interface LabelFit {
  /** The width of the text block (the longest line). */
  readonly textPx: number;
  readonly lines: 1 | 2;
  /** The title does not fit in two lines: it is drawn cut with an ellipsis. */
  readonly cut: boolean;
}

export interface FitLimits {
  /** A title up to this wide stays on one line. */
  readonly oneLinePx: number;
  /** The widest a two-line label may be. */
  readonly twoLinesPx: number;
}

/** Break opportunities: spaces where the text has them, otherwise between any two characters. */
export function breakUnits(text: string): string[] {
  if (/\s/.test(text.trim())) return text.trim().split(/(?<=\s)/u);
  return [...text];
}

/** Lines of `units` wrapped greedily at `maxPx`, as a browser wraps them. */
export function wrapCount(
  units: readonly string[],
  maxPx: number,
  measure: (text: string) => number,
): number {
  let lines = 1;
  let line = '';
  for (const unit of units) {
    const next = line + unit;
    if (line !== '' && measure(next.trimEnd()) > maxPx) {
      lines++;
      line = unit;
    } else {
      line = next;
    }
  }
  return lines;
}

export function fitLabel(
  text: string,
  measure: (text: string) => number,
  limits: FitLimits,
): LabelFit {
  const whole = measure(text);
  if (whole <= limits.oneLinePx) return { textPx: Math.ceil(whole), lines: 1, cut: false };
  const units = breakUnits(text);
  // A unit wider than the label cannot be wrapped by us in the same way the browser would.
  const widest = units.reduce((max, unit) => Math.max(max, measure(unit.trimEnd())), 0);
  if (widest > limits.twoLinesPx || wrapCount(units, limits.twoLinesPx, measure) > 2) {
    return { textPx: limits.twoLinesPx, lines: 2, cut: true };
  }
  // The narrowest width that still holds the title in two lines: balanced lines, less space.
  let lo = Math.max(widest, Math.floor(whole / 2));
  let hi = limits.twoLinesPx;
  while (hi - lo > 2) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrapCount(units, mid, measure) <= 2) hi = mid;
    else lo = mid;
  }
  return { textPx: Math.ceil(hi), lines: 2, cut: false };
}

/** The lines of `text` wrapped greedily at `maxPx` (the export draws its own lines). */
export function wrapLines(
  text: string,
  maxPx: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const next = line + unit;
    if (line !== '' && measure(next.trimEnd()) > maxPx) {
      lines.push(line.trimEnd());
      line = unit;
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
