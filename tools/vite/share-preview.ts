import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { Plugin } from 'vite';
import { parseAnyText } from '../../src/data/parse-any-text';
import { namedPublishers } from '../../src/domain/named-publishers';
import { summariseView } from '../../src/domain/summarise-view';
import { windowForEvents } from '../../src/domain/time-window';
import type { Dataset } from '../../src/domain/types';
import { describeView } from '../../src/i18n/describe-view';
import { formatNumber } from '../../src/i18n/format-date';
import { formatTickLabel } from '../../src/i18n/format-tick';
import { en } from '../../src/i18n/messages-en';
import { embedSnippet } from '../../src/modes/embed/embed-snippet';
import { formatWindowDays } from '../../src/modes/export/format-window-days';
import { sceneToSvg } from '../../src/modes/export/scene-to-svg';
import {
  buildTimelineScene,
  estimateTextWidth,
  LIGHT_PALETTE,
  type SceneWords,
} from '../../src/modes/export/timeline-scene';

// Pasting the app's address into a CMS or a chat should embed it or show a picture of it. The
// build writes, for the default view: an oEmbed response (oembed.json, type "rich") that the page
// names in a discovery tag; Open Graph and Twitter card tags; and preview.png, the export image
// of the default view (the export's own scene, rasterised here with resvg's WebAssembly build:
// no browser, no native module).
//
// Crawlers need absolute addresses (og:image, the oEmbed iframe), and a static build cannot know
// where it will be hosted. BILATERAL_SITE_URL, set when building, is the folder's public address
// (https://news.example/graphics/china-pakistan/); without it the build stays relocatable and the
// tags carry relative addresses, which browsers and many, not all, consumers resolve.

export const PREVIEW_WIDTH_PX = 1200;
export const PREVIEW_HEIGHT_PX = 630;
const FRAME_WIDTH_PX = 800;
const FRAME_HEIGHT_PX = 720;
const NAMED_PUBLISHERS = 4;

export interface SharePreviewOptions {
  readonly datasetPath: string;
  /** BILATERAL_SITE_URL: the public address of the folder the build is served from. */
  readonly siteUrl: string | undefined;
}

interface Preview {
  readonly title: string;
  readonly description: string;
  readonly oembed: Record<string, unknown>;
  readonly png: Uint8Array;
}

export function sharePreview(options: SharePreviewOptions): Plugin {
  const base = siteBase(options.siteUrl);
  let preview: Preview | undefined;
  return {
    name: 'bilateral:share-preview',
    apply: 'build',
    async buildStart() {
      if (!options.siteUrl) {
        this.warn(
          'BILATERAL_SITE_URL is not set: oembed.json, og:image and the oEmbed link carry relative addresses. Set it to the public address of the folder the build is served from for link previews everywhere.',
        );
      } else if (!base) {
        this.error(`BILATERAL_SITE_URL must be an http(s) address, not ${options.siteUrl}`);
      }
      preview = await makePreview(options.datasetPath, base);
    },
    transformIndexHtml() {
      if (!preview) return [];
      const at = (file: string) => (base ? new URL(file, base).href : `./${file}`);
      const meta = (attrs: Record<string, string>) => ({
        tag: 'meta',
        attrs,
        injectTo: 'head' as const,
      });
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'alternate',
            type: 'application/json+oembed',
            href: at('oembed.json'),
            title: preview.title,
          },
          injectTo: 'head',
        },
        meta({ property: 'og:type', content: 'website' }),
        meta({ property: 'og:site_name', content: en.appName }),
        meta({ property: 'og:title', content: preview.title }),
        meta({ property: 'og:description', content: preview.description }),
        ...(base ? [meta({ property: 'og:url', content: base })] : []),
        meta({ property: 'og:image', content: at('preview.png') }),
        meta({ property: 'og:image:type', content: 'image/png' }),
        meta({ property: 'og:image:width', content: String(PREVIEW_WIDTH_PX) }),
        meta({ property: 'og:image:height', content: String(PREVIEW_HEIGHT_PX) }),
        meta({ property: 'og:image:alt', content: preview.description }),
        meta({ name: 'twitter:card', content: 'summary_large_image' }),
        meta({ name: 'twitter:title', content: preview.title }),
        meta({ name: 'twitter:description', content: preview.description }),
        meta({ name: 'twitter:image', content: at('preview.png') }),
        meta({ name: 'twitter:image:alt', content: preview.description }),
      ];
    },
    generateBundle() {
      if (!preview) return;
      this.emitFile({ type: 'asset', fileName: 'preview.png', source: preview.png });
      this.emitFile({
        type: 'asset',
        fileName: 'oembed.json',
        source: `${JSON.stringify(preview.oembed, null, 2)}\n`,
      });
    },
  };
}

/** The folder's address, ending in a slash; undefined when not set or not http(s). */
function siteBase(siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return undefined;
  const url = URL.parse(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  url.search = '';
  url.hash = '';
  return url.href;
}

async function makePreview(datasetPath: string, base: string | undefined): Promise<Preview> {
  const parsed = parseAnyText(readFileSync(datasetPath, 'utf8'));
  if (!parsed.ok) throw new Error(`${datasetPath}: ${parsed.error.message}`);
  const { dataset } = parsed;
  const window = windowForEvents(dataset.events);
  const description = describeView(
    summariseView(
      dataset.events.map((event) => event.startMs),
      window,
    ),
    'en',
    en,
  );
  const title = dataset.title;
  const scene = buildTimelineScene({
    events: dataset.events,
    window,
    // The default view shows the eras behind the timeline: so does its picture.
    eras: {
      eras: dataset.eras,
      parties: [dataset.parties[0].code, dataset.parties[1].code],
      nowMs: Date.now(),
    },
    words: sceneWords(dataset, window),
    palette: LIGHT_PALETTE,
    measure: estimateTextWidth,
    widthPx: PREVIEW_WIDTH_PX,
    heightPx: PREVIEW_HEIGHT_PX,
  });
  const png = await rasterise(sceneToSvg(scene, title));
  const at = (file: string) => (base ? new URL(file, base).href : `./${file}`);
  const oembed = {
    version: '1.0',
    type: 'rich',
    provider_name: en.appName,
    ...(base ? { provider_url: base } : {}),
    title: `${title}: ${description}`,
    width: FRAME_WIDTH_PX,
    height: FRAME_HEIGHT_PX,
    html: embedSnippet({
      src: `${at('')}?embed=1`,
      title: en.embedFrameTitle(title),
      heightPx: FRAME_HEIGHT_PX,
      scriptSrc: at('embed.js'),
    }),
    thumbnail_url: at('preview.png'),
    thumbnail_width: PREVIEW_WIDTH_PX,
    thumbnail_height: PREVIEW_HEIGHT_PX,
  };
  return { title, description, oembed, png };
}

/**
 * The words of the export image, in English (the page's default language). The export dialog
 * builds the same from the page's language (src/modes/export/export-image.ts); that one reads
 * the page, this one runs in Node.
 */
function sceneWords(dataset: Dataset, window: { startMs: number; endMs: number }): SceneWords {
  const visible = dataset.events.filter(
    (e) => e.endMs > window.startMs && e.startMs < window.endMs,
  );
  const publishers = namedPublishers(dataset, NAMED_PUBLISHERS);
  return {
    title: dataset.title,
    subtitle: `${formatWindowDays(window, 'en', en.dateWords)} · ${en.exportEventCount(formatNumber(visible.length, 'en'))}`,
    legendTitle: en.eventTypeLegend,
    tones: { cooperative: en.cooperative, conflictual: en.conflictual, neutral: en.neutral },
    attribution: [
      publishers.length > 0
        ? en.attribution(new Intl.ListFormat('en', { type: 'conjunction' }).format(publishers))
        : undefined,
      en.builtWith,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
    tickLabel: (ms, step, major) => formatTickLabel(ms, step, major, 'en', en.dateWords),
    clusterLabel: (count, mode) =>
      mode === 'detail' ? en.moreEventsHere(formatNumber(count, 'en')) : formatNumber(count, 'en'),
  };
}

// Fonts for the picture's text, from the build machine: the first family found is used for all
// text (resvg reads no system fonts by itself in WebAssembly).
const FONT_CANDIDATES: readonly { family: string; files: readonly string[] }[] = [
  {
    family: 'Noto Sans',
    files: [
      '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
      '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
    ],
  },
  {
    family: 'DejaVu Sans',
    files: [
      '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    ],
  },
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
      '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    ],
  },
  {
    family: 'Arial',
    files: [
      '/System/Library/Fonts/Supplemental/Arial.ttf',
      '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
    ],
  },
  { family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
];

let wasmReady: Promise<void> | undefined;

async function rasterise(svg: string): Promise<Uint8Array> {
  const require = createRequire(import.meta.url);
  const wasmPath = join(dirname(require.resolve('@resvg/resvg-wasm')), 'index_bg.wasm');
  wasmReady ??= initWasm(readFileSync(wasmPath));
  await wasmReady;
  const { family, buffers } = fonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: PREVIEW_WIDTH_PX },
    font: {
      fontBuffers: buffers,
      loadSystemFonts: false,
      defaultFontFamily: family,
      sansSerifFamily: family,
    },
  });
  return resvg.render().asPng();
}

function fonts(): { family: string; buffers: Uint8Array[] } {
  for (const { family, files } of FONT_CANDIDATES) {
    try {
      return { family, buffers: files.map((path) => readFileSync(path)) };
    } catch {
      // Not on this machine: the next family.
    }
  }
  throw new Error(
    'No font for the preview image was found (Noto Sans, DejaVu Sans, Liberation Sans or Arial).',
  );
}
