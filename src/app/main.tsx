import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadParser } from '../data/parse-dataset-file';
import { prefetchDataset } from '../data/use-dataset';
import { parseUrlState } from '../state/url-state';
import { App } from './App';
import { prepareFirstView } from './prepare-first-view';
import { registerServiceWorker } from './register-service-worker';
import './styles.css';
import './themes.css';
import './print.css';

/**
 * How long the first render waits for the page's dataset. A small file has usually arrived with
 * the app's script (public/first-view.js asks for it first) and is read in a few tens of
 * milliseconds; drawn in the first render, the timeline then skips a loading screen's render,
 * layout and paint (the page itself shows that screen meanwhile: tools/vite/first-view-preloads.ts).
 * Measured in headless Chromium on the shared 2-core machine, the 100-event file of bench-peers:
 * read 30–70 ms after the app's script ran. A file still arriving after this shows the loading
 * screen with its progress, as before.
 */
const FIRST_RENDER_WAIT_MS = 150;

const root = document.getElementById('root');
if (root) {
  const queryClient = new QueryClient();
  const { state } = parseUrlState(window.location.search);
  // Every mode shows the URL's dataset first (an opened local file never comes from the URL).
  const dataset = prefetchDataset(queryClient, state.data);
  // The page's parser (preloaded with the page) is made ready while the file is on its way: nearly
  // every first view is a file small enough to be read here.
  preloadParser();
  // A task of its own, after the dataset's request has gone out, rather than a part of the long
  // task that draws the timeline.
  setTimeout(prepareFirstView, 0);
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  void Promise.race([dataset, waited]).then(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
}

registerServiceWorker();
