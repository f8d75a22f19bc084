import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { accessibilityPage } from './tools/vite/accessibility-page';
import { compactDatasets } from './tools/vite/compact-datasets';
import { firstViewPreloads } from './tools/vite/first-view-preloads';
import { sharePreview } from './tools/vite/share-preview';

const FIRST_VIEW_SHARED =
  /[\\/](node_modules[\\/](react|react-dom|scheduler|@tanstack|d3-[a-z]+)[\\/]|src[\\/](state|domain(?=[\\/](?!(?:cite-event|media-placement|named-publishers|group-by-side|related-events)\.))|i18n[\\/](messages-en|format-date|i18n-context)|data[\\/](parse-dataset-file|assemble-dataset|dataset-query|embedded-dataset|use-dataset|fetch-dataset-text|normalize-event|problems|link-checks|era-story-links))[\\/.])/;

// Relative asset URLs: the build must work from any folder of any web server.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    firstViewPreloads(),
    accessibilityPage('docs/accessibility.md'),
    compactDatasets(),
    // BILATERAL_SITE_URL: the public address of the folder the build is served from (see
    // docs/embed-present-offline.md, "Paste a link"); without it the build stays relocatable.
    sharePreview({
      datasetPath: 'public/data/china-pakistan.json',
      siteUrl: process.env.BILATERAL_SITE_URL,
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The modules the page needs at once and shares with its on-demand parts (presenter,
        // dialogs, details) stay in the entry file instead of small shared chunks that are each
        // compressed on their own: fewer files and fewer bytes in the first view.
        codeSplitting: { groups: [{ name: 'index', test: FIRST_VIEW_SHARED }] },
      },
    },
  },
  // d3-scale's default tick formatter is never used (ticks are labelled through Intl), nor are
  // colours ever animated by D3: their modules stay out of the first view
  // (src/timeline/model/utc-iso-format.ts and no-colour-interpolation.ts say why).
  resolve: {
    alias: {
      'd3-time-format': fileURLToPath(
        new URL('./src/timeline/model/utc-iso-format.ts', import.meta.url),
      ),
      'd3-color': fileURLToPath(
        new URL('./src/timeline/model/no-colour-interpolation.ts', import.meta.url),
      ),
    },
  },
  worker: { format: 'es' },
  // `npm run preview` serves the build under the strict policy a newsroom may impose, so every
  // test exercises it.
  preview: {
    headers: {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'",
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
    environment: 'node',
  },
});
