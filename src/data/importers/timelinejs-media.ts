// A TimelineJS slide's media is a URL, or a piece of HTML pasted from another site (a quotation,
// an embedded tweet, an iframe). A dataset stores no HTML (DATA.md): an address becomes a media
// item, a quotation a quote statement by the person it cites, an embed a link to what it shows.
import type { MediaKind } from '../../domain/types';
import { attribute, webAddress } from './html-links';
import { htmlToText } from './html-to-text';

export interface SlideMediaInput {
  readonly url: string;
  readonly caption: string | undefined;
  readonly credit: string | undefined;
  readonly alt: string | undefined;
}

export type SlideMedia =
  | {
      readonly kind: 'media';
      readonly media: {
        url: string;
        kind: MediaKind;
        alt?: string;
        caption?: string;
        credit?: string;
      };
    }
  | { readonly kind: 'quote'; readonly speaker: string | undefined; readonly text: string }
  | { readonly kind: 'none'; readonly reason: string };

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i;
const AUDIO = /\.(?:mp3|m4a|ogg|oga|wav|flac|aac)$/i;
const VIDEO = /\.(?:mp4|m4v|webm|ogv|mov)$/i;
// Embed-style blockquotes: the quoted text is someone's post, and the address is what counts.
const EMBED_CLASS = /class\s*=\s*["'][^"']*(twitter-tweet|instagram-media|tiktok-embed|reddit)/i;

export function readSlideMedia(input: SlideMediaInput): SlideMedia {
  const raw = input.url.trim();
  if (raw === '') return { kind: 'none', reason: 'is empty' };
  if (raw.startsWith('<')) return fromHtml(raw, input);
  return fromAddress(raw, input);
}

function fromAddress(raw: string, input: SlideMediaInput): SlideMedia {
  const web = webAddress(raw);
  // A path with no scheme is relative to the dataset, as DATA.md allows; anything else with a
  // scheme (javascript:, data:, file:) is not an address a reader can follow.
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(raw) && !raw.startsWith('//') ? raw : undefined;
  const url = web ?? relative;
  if (url === undefined) {
    return {
      kind: 'none',
      reason: `"${shorten(raw)}" is not an http(s) address or a relative path`,
    };
  }
  const path = pathOf(url);
  const kind: MediaKind = IMAGE.test(path)
    ? 'image'
    : AUDIO.test(path)
      ? 'audio'
      : VIDEO.test(path)
        ? 'video'
        : 'link';
  return { kind: 'media', media: described(url, kind, input) };
}

function fromHtml(html: string, input: SlideMediaInput): SlideMedia {
  const blockquote = /<blockquote\b([^>]*)>([\s\S]*?)(?:<\/blockquote\s*>|$)/i.exec(html);
  if (blockquote && !EMBED_CLASS.test(blockquote[1] ?? '')) {
    const inner = blockquote[2] ?? '';
    const cite = /<cite\b[^>]*>([\s\S]*?)<\/cite\s*>/i.exec(inner);
    const text = htmlToText(cite ? inner.replace(cite[0], '') : inner).trim();
    const speaker = cite
      ? htmlToText(cite[1] ?? '')
          .replace(/^[\s—–-]+/, '')
          .trim()
      : '';
    if (text !== '') {
      return { kind: 'quote', speaker: speaker === '' ? undefined : speaker, text };
    }
  }
  const address = embeddedAddress(html);
  if (address === undefined) {
    return { kind: 'none', reason: 'holds HTML with no http(s) address in it' };
  }
  return { kind: 'media', media: described(address, 'link', input) };
}

/** What an embed shows: an iframe's src, else the last link (a tweet's is its own address). */
function embeddedAddress(html: string): string | undefined {
  const iframe = /<iframe\b([^>]*)>/i.exec(html);
  const src = webAddress(attribute(iframe?.[1] ?? '', 'src'));
  if (src !== undefined) return src;
  const hrefs = [...html.matchAll(/<a\b([^>]*)>/gi)]
    .map((match) => webAddress(attribute(match[1] ?? '', 'href')))
    .filter((url): url is string => url !== undefined);
  return hrefs.at(-1);
}

function described(url: string, kind: MediaKind, input: SlideMediaInput) {
  const caption = plain(input.caption);
  const credit = plain(input.credit);
  const alt = plain(input.alt);
  return {
    url,
    kind,
    ...(alt === undefined ? {} : { alt }),
    ...(caption === undefined ? {} : { caption }),
    ...(credit === undefined ? {} : { credit }),
  };
}

function plain(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = htmlToText(value);
  return text === '' ? undefined : text;
}

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0] ?? url;
}

function shorten(text: string): string {
  return text.length > 50 ? `${text.slice(0, 50)}…` : text;
}
