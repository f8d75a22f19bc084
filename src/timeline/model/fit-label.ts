// How a title is drawn on the timeline: on one line when it is short, wrapped to two lines
// before anything is cut, and cut (with the whole title on hover and focus) only when two lines
// of the widest label are not enough. Pure: the width of a piece of text is given. Each break unit
// (a word and its space) is measured once; a line's width is the sum of its units', so finding
// the narrowest two-line width is arithmetic, not hundreds of text measurements.

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

interface Unit {
  readonly text: string;
  /** With its trailing space. */
  readonly widthPx: number;
  /** Without it: what it takes at the end of a line. */
  readonly endWidthPx: number;
}

function measureUnits(text: string, measure: (text: string) => number): Unit[] {
  return breakUnits(text).map((unit) => {
    const widthPx = measure(unit);
    const trimmed = unit.trimEnd();
    // A line's width is already taken as the sum of its units' (above); likewise a unit less its
    // trailing space is its width less the space's, which is measured once for every unit rather
    // than each word twice (a first view measures a hundred titles before it is drawn).
    const endWidthPx = trimmed === unit ? widthPx : widthPx - measure(unit.slice(trimmed.length));
    return { text: unit, widthPx, endWidthPx };
  });
}

/** The lines of `units` wrapped greedily at `maxPx`, as a browser wraps them. */
function wrap(units: readonly Unit[], maxPx: number): string[] {
  const lines: string[] = [];
  let line = '';
  let widthPx = 0;
  for (const unit of units) {
    if (line !== '' && widthPx + unit.endWidthPx > maxPx) {
      lines.push(line.trimEnd());
      line = '';
      widthPx = 0;
    }
    line += unit.text;
    widthPx += unit.widthPx;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export function wrapCount(text: string, maxPx: number, measure: (text: string) => number): number {
  return wrap(measureUnits(text, measure), maxPx).length;
}

/** The lines of `text` wrapped greedily at `maxPx` (the export draws its own lines). */
export function wrapLines(
  text: string,
  maxPx: number,
  measure: (text: string) => number,
): string[] {
  return wrap(measureUnits(text, measure), maxPx);
}

export function fitLabel(
  text: string,
  measure: (text: string) => number,
  limits: FitLimits,
): LabelFit {
  const whole = measure(text);
  if (whole <= limits.oneLinePx) return { textPx: Math.ceil(whole), lines: 1, cut: false };
  const units = measureUnits(text, measure);
  // A unit wider than the label cannot be wrapped by us in the same way the browser would.
  const widest = units.reduce((max, unit) => Math.max(max, unit.endWidthPx), 0);
  if (widest > limits.twoLinesPx || wrap(units, limits.twoLinesPx).length > 2) {
    return { textPx: limits.twoLinesPx, lines: 2, cut: true };
  }
  // The narrowest width that still holds the title in two lines: balanced lines, less space.
  let lo = Math.max(widest, Math.floor(whole / 2));
  let hi = limits.twoLinesPx;
  while (hi - lo > 2) {
    const mid = Math.floor((lo + hi) / 2);
    if (wrap(units, mid).length <= 2) hi = mid;
    else lo = mid;
  }
  return { textPx: Math.ceil(hi), lines: 2, cut: false };
}
