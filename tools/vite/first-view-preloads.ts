import type { Plugin } from 'vite';

/**
 * Lets the first view's downloads run side by side rather than one after another: the page's
 * dataset is asked for by public/preload-data.js (a few hundred bytes, deferred) as soon as the
 * page is read, and the module that reads a small dataset on the page is preloaded alongside the app's
 * script. Only for the deployed build: the offline single file carries its dataset inside.
 */
export function firstViewPreloads(): Plugin {
  return {
    name: 'bilateral:first-view-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle ?? {};
        const parser = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.name === 'parse-pipeline',
        );
        // The parser's chunk and the chunks it imports, which the entry does not already load.
        const entry = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.isEntry,
        );
        const loaded = new Set(entry?.type === 'chunk' ? [entry.fileName, ...entry.imports] : []);
        const parserFiles =
          parser?.type === 'chunk'
            ? [parser.fileName, ...parser.imports.filter((file) => !loaded.has(file))]
            : [];
        return [
          // Deferred, before the app's module script: deferred and module scripts run in the
          // order of the page, so the preload is always in place before the app asks for the
          // dataset (an async script could run after, and the file would come twice).
          {
            tag: 'script',
            attrs: { src: './preload-data.js', defer: true },
            injectTo: 'head-prepend',
          },
          ...parserFiles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
