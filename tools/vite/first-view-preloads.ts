import type { Plugin } from 'vite';
import { en } from '../../src/i18n/messages-en';

/**
 * Lets the first view's downloads run side by side rather than one after another: the page's
 * dataset is asked for by public/first-view.js (a few hundred bytes) as soon as the page is read,
 * while the app's script (which reads a small dataset itself) arrives.
 * The page itself carries the loading screen (FIRST_VIEW_SHELL), drawn while the script arrives.
 * Only for the deployed build: the offline single file carries its dataset inside.
 */
export function firstViewPreloads(): Plugin {
  return {
    name: 'bilateral:first-view-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tags = [
          // Blocking, first in the page: it marks what the app will show before the shell below is
          // drawn, and runs before the app's module script, so the preload is always in place
          // before the app asks for the dataset (an async script could run after, and the file
          // would come twice).
          {
            tag: 'script',
            attrs: { src: './first-view.js' },
            injectTo: 'head-prepend' as const,
          },
        ];
        return { html: html.replace('<div id="root"></div>', FIRST_VIEW_SHELL), tags };
      },
    },
  };
}

/**
 * The loading screen as the app first draws it (ExplorePage: header, then LoadingState), in the
 * page itself, so the browser draws it (and sets up its fonts) while the app's script is still
 * arriving, instead of a blank page. The app's first render replaces it. English, as the app's
 * first render is (other catalogues load after it). The space of the header's Menu button is kept
 * with an invisible copy, so the loading text stays where the app draws it. first-view.js hides the
 * header in an embed and the whole of it in presenter mode (styles.css, "first view").
 */
const FIRST_VIEW_SHELL = [
  '<div id="root"><div class="page first-view">',
  '<header class="site-header"><p class="brand"><span class="brand-mark" aria-hidden="true"></span>',
  en.appName,
  '</p><div class="header-menu first-view-placeholder" aria-hidden="true">',
  '<span class="text-button menu-button"><span class="menu-icon"></span>',
  en.menu,
  '</span></div></header>',
  '<main class="main"><div class="loading" role="status"><p>',
  en.loading,
  '</p><div class="progress is-indeterminate" role="progressbar" aria-label="',
  en.loading,
  '"><div class="progress-bar"></div></div></div></main>',
  '</div></div>',
].join('');
