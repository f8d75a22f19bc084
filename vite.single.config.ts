import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineSingleFile } from './tools/inline-single-file.ts';
import { accessibilityPage } from './tools/vite/accessibility-page.ts';

// `npm run build:single`: one self-contained dist-single/index.html with the shipped dataset
// inside, for presenting offline from a folder or a USB stick (file://).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    inlineSingleFile({
      datasetPath: 'public/data/china-pakistan.json',
      datasetUrl: 'data/china-pakistan.json',
      iconPath: 'public/favicon.svg',
    }),
    // The About links to it: it sits beside the page, as in the hosted build.
    accessibilityPage('docs/accessibility.md'),
  ],
  // Nothing from public/ is copied: the dataset and the icon are inside the page, and the
  // service worker and embed.js have no use from a file.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist-single',
    emptyOutDir: true,
    sourcemap: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    // Nothing is ever preloaded from one file: no polyfill for it.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: false } },
  },
  worker: { format: 'es' },
});
