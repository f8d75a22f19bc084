// Finds, without decoding or parsing it, where each element of a dataset's top-level "events"
// array lies in the file's UTF-8 bytes, so that the events can be decoded, parsed and checked a
// slice at a time, by two workers, while the page is already receiving the first ones. In UTF-8
// every byte of a multi-byte character is 0x80 or above, so the ASCII bytes that make JSON's
// structure (quotes, brackets, commas) can be followed byte by byte; strings are skipped whole.
// The scan can follow a file while it downloads: it stops where the bytes so far end, and goes
// on from there when more have come.
// The slices are parsed by JSON.parse, which still reports any syntax error. Anything unusual —
// no object at the top, "events" twice, no array — is left to the ordinary whole-file parse.

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
const bytesOf = (word: string) => [...word].map((c) => c.charCodeAt(0));
const EVENTS = bytesOf('events');
const FORMAT = bytesOf('format');
const BILATERAL_EVENTS = bytesOf('bilateral-events');

/**
 * How a scan stands: more elements to come, the whole file followed, or not splittable; or, while
 * the file is still arriving, waiting for more of it (`extend`).
 */
export type ScanState = 'more' | 'end' | 'unsplittable' | 'wait';

/**
 * Follows the file a part at a time (`advance`), so that the first slices can be handed out
 * while the rest is still being scanned.
 */
export class EventsArrayScanner {
  /** [start, end) of each element found so far, in bytes. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /**
   * The file has said `"format": "bilateral-events"` so far. Only a hint for handing chunks out
   * early (a key may come twice): the file's own fields, read once the scan ends, decide.
   */
  saysBilateralEvents = false;
  private at = -1;
  private depth = 0;
  private lastKeyIsEvents = false;
  private lastKeyIsFormat = false;
  private arrayStart = -1;
  private arrayEnd = -1;
  private eventsKeys = 0;
  private elementStart = -1;

  /**
   * `bytes`: the file, or as much of it as has arrived (`complete` false); the rest is given by
   * `extend` as it comes.
   */
  constructor(
    private bytes: Uint8Array,
    private complete = true,
  ) {}

  /** More of the file has arrived: `bytes` is all of it so far (the first bytes unchanged). */
  extend(bytes: Uint8Array, complete: boolean): void {
    this.bytes = bytes;
    this.complete = complete;
  }

  /** Scans on until `elements` elements are found ('more'), the file ends, or the bytes so far do. */
  advance(elements: number): ScanState {
    const { bytes, starts, ends } = this;
    const n = bytes.length;
    // A CSV file may hold a "{" further on: only a file that opens with one is followed.
    if (this.at < 0) {
      this.at = opensWithBrace(bytes);
      if (this.at < 0) return !this.complete && onlyLeadIn(bytes) ? 'wait' : 'unsplittable';
    }
    for (; this.at < n; this.at++) {
      if (starts.length >= elements) return 'more';
      const i = this.at;
      const c = bytes[i];
      if (c === QUOTE) {
        const close = closingQuote(bytes, i);
        // A string cut by the end of what has arrived is read again, whole, once more comes.
        if (close < 0) return this.complete ? 'unsplittable' : 'wait';
        if (this.depth === 1) {
          if (this.lastKeyIsFormat && followsColon(bytes, i)) {
            this.saysBilateralEvents = spells(bytes, i, close, BILATERAL_EVENTS);
          }
          this.lastKeyIsEvents = spells(bytes, i, close, EVENTS);
          this.lastKeyIsFormat = spells(bytes, i, close, FORMAT);
        }
        this.at = close;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (this.depth === 0 && c !== OPEN_BRACE) return 'unsplittable';
        if (
          this.depth === 1 &&
          c === OPEN_BRACKET &&
          this.lastKeyIsEvents &&
          followsColon(bytes, i)
        ) {
          this.eventsKeys++;
          this.arrayStart = i;
          this.elementStart = i + 1;
        }
        this.depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        this.depth--;
        if (this.depth < 0) return 'unsplittable';
        if (this.depth === 1 && c === CLOSE_BRACKET && this.inEvents()) {
          // "[]" has no element; anything else before "]" is one (even if empty: "[1,]" must
          // still fail to parse).
          if (starts.length > 0 || !isBlank(bytes, this.elementStart, i)) {
            starts.push(this.elementStart);
            ends.push(i);
          }
          this.arrayEnd = i + 1;
        }
      } else if (c === COMMA && this.depth === 2 && this.inEvents()) {
        starts.push(this.elementStart);
        ends.push(i);
        this.elementStart = i + 1;
      }
    }
    if (!this.complete) return 'wait';
    const whole = this.depth === 0 && this.eventsKeys === 1 && this.arrayEnd >= 0;
    return whole ? 'end' : 'unsplittable';
  }

  /** The document with the events array emptied: the file's own fields. Once the scan has ended. */
  headerBytes(): Uint8Array {
    const { bytes, arrayStart, arrayEnd } = this;
    const header = new Uint8Array(arrayStart + 2 + (bytes.length - arrayEnd));
    header.set(bytes.subarray(0, arrayStart));
    header.set([OPEN_BRACKET, CLOSE_BRACKET], arrayStart);
    header.set(bytes.subarray(arrayEnd), arrayStart + 2);
    return header;
  }

  private inEvents(): boolean {
    return this.arrayStart >= 0 && this.arrayEnd < 0;
  }
}

/**
 * The index of the quote that closes the string opening at `open`, or -1. A plain loop: most
 * strings in a dataset are short keys and values, where calling `indexOf` costs more than it
 * saves (measured on the benchmark's datasets).
 */
function closingQuote(bytes: Uint8Array, open: number): number {
  const n = bytes.length;
  for (let at = open + 1; at < n; at++) {
    const c = bytes[at];
    if (c === QUOTE) return at;
    // An escape takes the next byte with it, whether that is a quote or another backslash.
    if (c === BACKSLASH) at++;
  }
  return -1;
}

/** Whether the string between the quotes at `open` and `close` reads `word` (ASCII). */
function spells(bytes: Uint8Array, open: number, close: number, word: readonly number[]): boolean {
  const inner = bytes.subarray(open + 1, close);
  if (inner.includes(BACKSLASH)) {
    // Escapes can spell it too ("ev\u0065nts"), and JSON.parse would read it as the word.
    try {
      const text: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(open, close + 1)));
      return text === String.fromCharCode(...word);
    } catch {
      return false;
    }
  }
  if (inner.length !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (inner[k] !== word[k]) return false;
  return true;
}

/** Where the file's opening "{" is (after a byte-order mark and white space), or -1. */
function opensWithBrace(bytes: Uint8Array): number {
  let at = BYTE_ORDER_MARK.every((b, k) => bytes[k] === b) ? BYTE_ORDER_MARK.length : 0;
  while (isWhitespace(bytes[at])) at++;
  return bytes[at] === OPEN_BRACE ? at : -1;
}

/** Whether the bytes so far are only what may come before the opening "{". */
function onlyLeadIn(bytes: Uint8Array): boolean {
  let at = 0;
  while (at < BYTE_ORDER_MARK.length && at < bytes.length && bytes[at] === BYTE_ORDER_MARK[at])
    at++;
  // A byte-order mark's first bytes alone, or the whole mark followed by white space.
  if (at > 0 && at < BYTE_ORDER_MARK.length) return at === bytes.length;
  while (at < bytes.length && isWhitespace(bytes[at])) at++;
  return at === bytes.length;
}

function isWhitespace(c: number | undefined): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isWhitespace(bytes[k])) return false;
  return true;
}

// The key's value begins here only when the bracket comes right after the key's colon.
function followsColon(bytes: Uint8Array, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (bytes[k] === COLON) return true;
    if (!isWhitespace(bytes[k])) return false;
  }
  return false;
}
