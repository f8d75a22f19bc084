// Finds where a JSON text first goes wrong, so the message can give a line and column.
// Engines word JSON.parse errors differently (and some give no position), so we scan ourselves;
// this runs only after JSON.parse has already failed.

export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

export function locateJsonSyntaxError(text: string): JsonSyntaxError {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.pos < text.length) scanner.fail('unexpected text after the end of the JSON value');
    return positionOf(text, text.length, 'the JSON text is not valid');
  } catch (error) {
    if (error instanceof ScanError) return positionOf(text, error.offset, error.message);
    throw error;
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function positionOf(text: string, offset: number, reason: string): JsonSyntaxError {
  return { offset, ...lineAndColumn(text, offset), reason };
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

// Deep enough for any real dataset; deeper input is reported instead of overflowing the stack.
const MAX_DEPTH = 512;

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(reason: string, at = this.pos): never {
    throw new ScanError(reason, at);
  }

  skipSpace(): void {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else break;
    }
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    const c = this.text[this.pos];
    if (c === undefined) this.fail('the text ends where a value was expected');
    if (c === '{') this.object(depth);
    else if (c === '[') this.array(depth);
    else if (c === '"') this.string();
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else this.literal(c);
  }

  literal(c: string): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail(`unexpected character ${describeChar(c)} where a value was expected`);
  }

  object(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail(this.expected('a property name in double quotes'));
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(this.expected('":" after the property name'));
      this.pos++;
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return;
      }
      this.fail(this.expected('"," or "}"'));
    }
  }

  array(depth: number): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return;
      }
      this.fail(this.expected('"," or "]"'));
    }
  }

  string(): void {
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 34) {
        this.pos++;
        return;
      }
      if (c < 32) this.fail('a control character (such as a line break) inside a string');
      if (c === 92) {
        const next = this.text[this.pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            this.fail('a \\u escape needs four hexadecimal digits');
          }
          this.pos += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next))
          this.fail('an invalid escape in a string');
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    this.fail('a string is not closed before the end of the text');
  }

  number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(
      this.text.slice(this.pos, this.pos + 400),
    );
    if (!match) this.fail('a number is not written as JSON allows');
    this.pos += match[0].length;
  }

  private expected(what: string): string {
    const c = this.text[this.pos];
    return c === undefined
      ? `the text ends where ${what} was expected`
      : `expected ${what} but found ${describeChar(c)}`;
  }
}

// Spaces, control and format characters (a NUL from a UTF-16 file, a bidi override) are named by
// code point: quoted as themselves they would be invisible, or reorder the message around them.
function describeChar(c: string): string {
  return /[\s\p{C}]/u.test(c)
    ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    : `"${c}"`;
}
