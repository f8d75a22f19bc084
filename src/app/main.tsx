import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchDataset } from '../data/use-dataset';
import { parseUrlState } from '../state/url-state';
import { App } from './App';
import { prepareFirstView } from './prepare-first-view';
import { registerServiceWorker } from './register-service-worker';
import './styles.css';
import './themes.css';
import './print.css';

/** How long the first render waits for the dataset to be read before showing its progress. */
const FIRST_RENDER_WAIT_MS = 250;

const root = document.getElementById('root');
if (root) {
  const queryClient = new QueryClient();
  const { state } = parseUrlState(window.location.search);
  // The dataset is asked for before the first render (every mode shows the URL's dataset first):
  // its reading starts as soon as it is here, not after the page's first render and paint.
  const dataset = prefetchDataset(queryClient, state.data);
  // A task of its own, after the dataset's request has gone out, rather than a part of the long
  // task that draws the timeline.
  setTimeout(prepareFirstView, 0);
  const reactRoot = createRoot(root);
  const render = () =>
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  // The page already shows its own loading screen (index.html). A small file is usually in and
  // read within a few dozen milliseconds: the first render then draws the timeline at once,
  // rather than a loading screen of the app's that is replaced a frame later (bench-peers, 100
  // events: painted ~40 ms sooner; Lighthouse mobile on that file unchanged at 97). A file that
  // takes longer gets the app's loading screen, with its progress, Retry and messages, after a
  // moment.
  void Promise.race([dataset, delay(FIRST_RENDER_WAIT_MS)]).then(render);
}

registerServiceWorker();

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
