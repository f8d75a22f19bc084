import type { Media } from './types';

// How a dataset's picture, sound or video is shown (DATA.md): played on the page only when it
// comes from the app's own site (so a strict Content-Security-Policy holds and no other host
// learns who reads what), or inlined in the single-file build as a data: URL of its own kind;
// anything else becomes a link, and an address that is no web link (javascript:, file:) is
// left out.

export type MediaPlacement =
  | { readonly kind: 'image' | 'audio' | 'video'; readonly src: string }
  | { readonly kind: 'link'; readonly href: string; readonly elsewhere: boolean }
  | { readonly kind: 'none' };

const DATA_PREFIX: Record<'image' | 'audio' | 'video', string> = {
  image: 'data:image/',
  audio: 'data:audio/',
  video: 'data:video/',
};

/**
 * `datasetUrl`: the dataset's absolute address (media URLs are relative to it); `pageUrl`: the
 * page's, whose origin is "the app's own site".
 */
export function placeMedia(media: Media, datasetUrl: string, pageUrl: string): MediaPlacement {
  const shown = media.kind === 'link' ? undefined : media.kind;
  // DATA.md: an image is shown only with its alt text.
  const showable = shown !== undefined && (shown !== 'image' || Boolean(media.alt?.trim()));
  if (media.url.startsWith('data:')) {
    // Only the single-file build writes these; a data: URL of another kind is not shown at all.
    return showable && shown && media.url.startsWith(DATA_PREFIX[shown])
      ? { kind: shown, src: media.url }
      : { kind: 'none' };
  }
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(media.url, new URL(datasetUrl, page));
  } catch {
    return { kind: 'none' };
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  // From a folder (file://) "own site" is the same folder tree, which is the same protocol.
  const ownSite = web
    ? url.origin === page.origin
    : url.protocol === 'file:' && page.protocol === 'file:';
  if (!web && !ownSite) return { kind: 'none' };
  if (ownSite && showable && shown) return { kind: shown, src: url.href };
  return { kind: 'link', href: url.href, elsewhere: !ownSite };
}
