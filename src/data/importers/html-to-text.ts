// TimelineJS text is HTML; a dataset holds plain text only (DATA.md), so markup is dropped and
// only its structure survives as line and paragraph breaks. Written by hand rather than with
// DOMParser so it runs the same in a worker, in Node and in the browser, and never builds a DOM
// from untrusted input.

type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'break'; readonly lines: 1 | 2 };

const PARAGRAPH_TAGS = new Set([
  'p',
  'div',
  'blockquote',
  'ul',
  'ol',
  'table',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
]);
const LINE_TAGS = new Set(['br', 'li', 'dt', 'dd']);
const SKIPPED_CONTENT = new Set(['script', 'style', 'template', 'noscript']);

const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;

export function htmlToText(html: string): string {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > pos) tokens.push({ kind: 'text', text: html.slice(pos, textEnd) });
    if (lt === -1) break;
    pos = lt;
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG_START.lastIndex = pos;
    const tag = TAG_START.exec(html);
    const next = html[pos + 1];
    if (!tag) {
      if (next === '!' || next === '?') {
        // A doctype or processing instruction: markup, never text.
        const end = html.indexOf('>', pos);
        pos = end === -1 ? html.length : end + 1;
      } else {
        tokens.push({ kind: 'text', text: '<' });
        pos++;
      }
      continue;
    }
    const end = tagEnd(html, TAG_START.lastIndex);
    // An unclosed tag at the end is markup cut short: drop it rather than show half a tag.
    pos = end === -1 ? html.length : end + 1;
    const name = (tag[2] ?? '').toLowerCase();
    const closing = tag[1] === '/';
    if (!closing && SKIPPED_CONTENT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, pos);
      if (close === -1) break;
      const closeEnd = html.indexOf('>', close);
      pos = closeEnd === -1 ? html.length : closeEnd + 1;
      continue;
    }
    if (PARAGRAPH_TAGS.has(name)) tokens.push({ kind: 'break', lines: 2 });
    else if (LINE_TAGS.has(name) && !closing) {
      tokens.push({ kind: 'break', lines: 1 });
      if (name === 'li') tokens.push({ kind: 'text', text: '• ' });
    }
  }
  return render(tokens);
}

/** The index of the ">" that closes a tag, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}

function render(tokens: readonly Token[]): string {
  const joined = tokens
    .map((token) =>
      token.kind === 'break'
        ? '\n'.repeat(token.lines)
        : // HTML collapses runs of white space; a non-breaking space written as &nbsp; survives.
          decodeEntities(token.text.replace(/[ \t\n\r\f]+/g, ' ')),
    )
    .join('');
  return joined
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '•')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  times: '×',
  euro: '€',
  pound: '£',
  yen: '¥',
};

export function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
    (whole, body: string) => {
      if (body.startsWith('#')) {
        const code =
          body[1] === 'x' || body[1] === 'X'
            ? Number.parseInt(body.slice(2), 16)
            : Number(body.slice(1));
        // Control characters and surrogates are not text a reader should get.
        const valid =
          code > 0 &&
          code <= 0x10ffff &&
          !(code >= 0xd800 && code <= 0xdfff) &&
          (code >= 32 || code === 9 || code === 10);
        return valid ? String.fromCodePoint(code) : '';
      }
      return NAMED[body] ?? whole;
    },
  );
}

/**
 * The inner HTML of the element carrying data-bilateral="name", as this project's TimelineJS
 * export writes it; lets an export be read back without folding every section into the summary.
 */
export function htmlSection(html: string, name: string): string | undefined {
  const open = new RegExp(
    `<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*\\bdata-bilateral="${name}"[^>]*>`,
    'i',
  ).exec(html);
  if (!open) return undefined;
  const tag = (open[1] ?? '').toLowerCase();
  const start = open.index + open[0].length;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = start;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index);
  }
  return html.slice(start);
}
