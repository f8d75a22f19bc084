import { serializeUrlState, type UrlState } from '../../state/url-state';

// The code a newsroom pastes. Everything in it that comes from a dataset or a URL is escaped for
// an HTML attribute: a dataset title is plain text and must never become markup on the host page.

export const MIN_FRAME_HEIGHT_PX = 200;
export const MAX_FRAME_HEIGHT_PX = 4000;
export const DEFAULT_FRAME_HEIGHT_PX = 720;

// Scripts for the timeline, pop-ups for "Open full view" and the sources (which then open as
// ordinary pages), same origin so the frame can read its own dataset. Nothing else.
export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export interface EmbedSnippetOptions {
  /** Absolute URL of the embedded view, embed=1 included. */
  readonly src: string;
  /** Accessible name of the frame. */
  readonly title: string;
  /** Used until the content reports its height (and always, without the script). */
  readonly heightPx: number;
  /** Absolute URL of embed.js; undefined leaves the script out. */
  readonly scriptSrc: string | undefined;
}

export function embedSnippet({ src, title, heightPx, scriptSrc }: EmbedSnippetOptions): string {
  const height = clampFrameHeight(heightPx);
  const frame =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${height}" style="width:100%;border:0" loading="lazy"` +
    ` sandbox="${FRAME_SANDBOX}" data-bilateral-timeline></iframe>`;
  return scriptSrc === undefined
    ? frame
    : `${frame}\n<script src="${escapeAttribute(scriptSrc)}" async></script>`;
}

/** The view in `state` as an embed, resolved against the app's own address. */
export function embedUrl(state: UrlState, appUrl: string): string {
  const search = serializeUrlState({ ...state, embed: true, present: false });
  const url = new URL(appUrl);
  url.search = search;
  url.hash = '';
  return url.href;
}

/** embed.js sits beside index.html, wherever the app is hosted. */
export function embedScriptUrl(appUrl: string): string {
  return new URL('embed.js', appUrl).href;
}

export function clampFrameHeight(heightPx: number): number {
  if (!Number.isFinite(heightPx)) return DEFAULT_FRAME_HEIGHT_PX;
  return Math.round(Math.min(MAX_FRAME_HEIGHT_PX, Math.max(MIN_FRAME_HEIGHT_PX, heightPx)));
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

export function escapeAttribute(text: string): string {
  return text.replace(/[&"'<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}
