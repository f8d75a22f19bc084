// Finds, without parsing it, where each element of a dataset's top-level "events" array lies in
// the file's text, so that the events can be parsed and checked a slice at a time while the page
// is already receiving the first ones. Only the structure is followed (strings are skipped whole);
// the slices are parsed by JSON.parse, which still reports any syntax error. Anything unusual —
// no object at the top, "events" twice, no array — is left to the ordinary whole-file parse.

export interface SplitDataset {
  /** The document with the events array emptied: the file's own fields. */
  readonly headerText: string;
  /** [start, end) of each element in the text. */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

export function splitEventsArray(text: string): SplitDataset | undefined {
  let depth = 0;
  let lastKey: string | undefined;
  let arrayStart = -1;
  let arrayEnd = -1;
  let eventsKeys = 0;
  const starts: number[] = [];
  const ends: number[] = [];
  let elementStart = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const close = closingQuote(text, i);
      if (close < 0) return undefined;
      if (depth === 1) lastKey = text.slice(i + 1, close);
      i = close;
      continue;
    }
    if (c === COLON) continue;
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 0 && c !== OPEN_BRACE) return undefined;
      if (depth === 1 && c === OPEN_BRACKET && lastKey === 'events' && followsColon(text, i)) {
        eventsKeys++;
        arrayStart = i;
        elementStart = i + 1;
      }
      depth++;
      continue;
    }
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 1 && c === CLOSE_BRACKET && arrayStart >= 0 && arrayEnd < 0) {
        // "[]" has no element; anything else before "]" is one (even if empty: "[1,]" must
        // still fail to parse).
        if (starts.length > 0 || text.slice(elementStart, i).trim() !== '') {
          starts.push(elementStart);
          ends.push(i);
        }
        arrayEnd = i + 1;
        elementStart = -1;
      }
      continue;
    }
    if (c === COMMA && depth === 2 && arrayStart >= 0 && arrayEnd < 0) {
      starts.push(elementStart);
      ends.push(i);
      elementStart = i + 1;
    }
  }
  if (depth !== 0 || eventsKeys !== 1 || arrayStart < 0 || arrayEnd < 0) return undefined;
  return {
    headerText: `${text.slice(0, arrayStart)}[]${text.slice(arrayEnd)}`,
    starts: Uint32Array.from(starts),
    ends: Uint32Array.from(ends),
  };
}

/** The index of the quote that closes the string opening at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    for (let k = at - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

// The key's value begins here only when the bracket comes right after the key's colon.
function followsColon(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === COLON) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return false;
}
