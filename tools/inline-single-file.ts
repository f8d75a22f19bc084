import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
          `<div id="root"></div>\n    <script type="application/json" id="${EMBEDDED_DATA_ID}" data-url="${options.datasetUrl}">${embedJson(readFileSync(options.datasetPath, 'utf8'))}</script>`,
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
        if (fileName !== 'index.html') delete bundle[fileName];
    },
  };
}

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
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
