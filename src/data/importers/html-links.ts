// The addresses inside a piece of TimelineJS HTML, read with regular expressions rather than a DOM
// (the same in a worker, in Node and in the browser, and nothing built from untrusted markup).
import { decodeEntities, htmlToText } from './html-to-text';

export interface HtmlLink {
  /** The href, entities decoded; http: or https: only. */
  readonly url: string;
  /** The link's own text, plain. */
  readonly text: string;
}

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;

/** The http(s) links of `<a href>` elements, in order, each address once. */
export function htmlLinks(html: string): HtmlLink[] {
  const links: HtmlLink[] = [];
  const seen = new Set<string>();
  for (const match of html.matchAll(ANCHOR)) {
    const url = webAddress(attribute(match[1] ?? '', 'href'));
    if (url === undefined || seen.has(url)) continue;
    seen.add(url);
    links.push({ url, text: htmlToText(match[2] ?? '') });
  }
  return links;
}

/** An attribute's value from the inside of a start tag, entities decoded. */
export function attribute(tagInside: string, name: string): string | undefined {
  const match = new RegExp(
    `(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`,
    'i',
  ).exec(tagInside);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

/** The address if it is an absolute http(s) URL (protocol-relative ones are taken as https). */
export function webAddress(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const absolute = value.startsWith('//') ? `https:${value}` : value;
  try {
    const url = new URL(absolute);
    return url.protocol === 'http:' || url.protocol === 'https:' ? absolute : undefined;
  } catch {
    return undefined;
  }
}
