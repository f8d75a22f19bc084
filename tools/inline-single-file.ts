import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

// A Vite plugin for the offline build: everything the page needs goes into index.html — the
// script, the styles, the icon and the dataset — so the one file works from a USB stick
// (file://), where nothing can be fetched. The build must put all code in one chunk
// (codeSplitting: false) and all styles in one sheet (cssCodeSplit: false).

export interface InlineSingleFileOptions {
  /** The dataset file to embed, and the URL the app asks for it by (its default `data`). */
  readonly datasetPath: string;
  readonly datasetUrl: string;
  /** Files from public/ referenced by the page, inlined as data: URLs (the icon). */
  readonly iconPath: string;
}

export const EMBEDDED_DATA_ID = 'bilateral-embedded-data';

export function inlineSingleFile(options: InlineSingleFileOptions): Plugin {
  return {
    name: 'bilateral:inline-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset' || typeof page.source !== 'string') {
        this.error('index.html is missing from the bundle');
      }
      let html = page.source;
      const scripts: string[] = [];
      const styles: string[] = [];

      html = html.replace(
        /<script type="module"[^>]*\ssrc="\.\/([^"]+)"[^>]*><\/script>/g,
        (_tag, fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk') this.error(`No chunk for ${fileName}`);
          delete bundle[fileName];
          const code = escapeScript(withoutPreloadMarkers(chunk.code));
          scripts.push(code);
          return `<script type="module">${code}</script>`;
        },
      );
      html = html.replace(
        /<link rel="stylesheet"[^>]*\shref="\.\/([^"]+)"[^>]*>/g,
        (_tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') this.error(`No stylesheet for ${fileName}`);
          delete bundle[fileName];
          const css = String(asset.source).replace(/<\/(style)/gi, '<\\/$1');
          styles.push(css);
          return `<style>${css}</style>`;
        },
      );
      html = html.replace(/<link rel="icon" href="[^"]*" type="image\/svg\+xml" \/>/, () => {
        const svg = readFileSync(options.iconPath);
        return `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}" type="image/svg+xml" />`;
      });
      html = html.replace(
        '<div id="root"></div>',
        () =>
          `<div id="root"></div>\n    <script type="application/json" id="${EMBEDDED_DATA_ID}" data-url="${options.datasetUrl}">${embedJson(inlineDatasetMedia(readFileSync(options.datasetPath, 'utf8'), mediaFileReader(options.datasetPath)))}</script>`,
      );
      // The page allows exactly its own script and styles, and no connection anywhere else.
      html = html.replace(
        '<meta charset="utf-8" />',
        () =>
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(scripts, styles)}" />`,
      );

      if (/\s(?:src|href)="\.\/assets\//.test(html))
        this.error('An asset was left outside the page');
      page.source = html;
      // Whatever else was emitted (the parser's worker, which cannot start from file:// and
      // falls back to parsing in the page) is not shipped.
      for (const fileName of Object.keys(bundle))
        if (fileName !== 'index.html' && !STANDALONE_PAGES.has(fileName)) delete bundle[fileName];
    },
  };
}

/** Pages of their own that the app links to (tools/vite/accessibility-page.ts), kept beside it. */
const STANDALONE_PAGES = new Set(['accessibility.html', 'accessibility.css']);

/**
 * With code splitting off, Vite 8 inlines each import() but leaves its preload marker behind
 * (the marker is only filled in for real dynamic imports). There is nothing to preload in a
 * single file: no dependencies is the right value.
 */
export function withoutPreloadMarkers(code: string): string {
  return code.replaceAll('__VITE_PRELOAD__', 'void 0');
}

/** Script text that cannot end its <script> element early. */
export function escapeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * JSON inside <script type="application/json">: `<` only occurs inside JSON strings, where
 * \u003c means the same, so no "</script>" or "<!--" in the data can end the element.
 */
export function embedJson(text: string): string {
  return text.replace(/</g, '\\u003c');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function singleFilePolicy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    // Sound and video the dataset's events carry, inlined below.
    'media-src data:',
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Media small enough to travel inside the page; larger ones stay files beside it. */
export const INLINE_MEDIA_MAX_BYTES = 256 * 1024;

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

/** A media file beside the dataset, by its path relative to the dataset: its bytes, or none. */
export type MediaFileReader = (relativePath: string) => Uint8Array | undefined;

/**
 * Reads files under the dataset's folder only: a path that climbs out of it (`../../etc`) or is
 * absolute, or a file over the size limit, is not read.
 */
export function mediaFileReader(datasetPath: string): MediaFileReader {
  const root = resolve(dirname(datasetPath));
  return (relativePath) => {
    const path = resolve(root, relativePath);
    if (!path.startsWith(root + sep)) return undefined;
    try {
      if (statSync(path).size > INLINE_MEDIA_MAX_BYTES) return undefined;
      return readFileSync(path);
    } catch {
      return undefined;
    }
  };
}

/**
 * The dataset's text with each event's images, sound and video that are files beside it (a
 * relative URL with a known type) turned into data: URLs, so the single file shows them from a
 * USB stick. Link media, addresses on other sites and files that cannot be read are kept as
 * they are. Text that is not a dataset comes back unchanged.
 */
export function inlineDatasetMedia(text: string, read: MediaFileReader): string {
  let dataset: unknown;
  try {
    dataset = JSON.parse(text);
  } catch {
    return text;
  }
  if (!isRecord(dataset) || !Array.isArray(dataset.events)) return text;
  let changed = false;
  for (const event of dataset.events) {
    if (!isRecord(event) || !Array.isArray(event.media)) continue;
    for (const media of event.media) {
      if (!isRecord(media) || typeof media.url !== 'string' || media.kind === 'link') continue;
      const url = media.url;
      // Relative paths only: no scheme, not protocol-relative, no query or fragment.
      if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('/') || /[?#\\]/.test(url))
        continue;
      const type = MEDIA_TYPES[extname(url).toLowerCase()];
      if (!type?.startsWith(`${String(media.kind)}/`)) continue;
      const bytes = read(decodedPath(url));
      if (!bytes) continue;
      media.url = `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
      changed = true;
    }
  }
  return changed ? JSON.stringify(dataset) : text;
}

/** A URL path as a file path ("a%20b.png" is "a b.png"); a malformed escape is read as written. */
function decodedPath(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
