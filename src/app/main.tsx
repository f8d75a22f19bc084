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

const root = document.getElementById('root');
if (root) {
  const queryClient = new QueryClient();
  const { state } = parseUrlState(window.location.search);
  // The dataset is asked for before the first render (every mode shows the URL's dataset first):
  // its reading starts as soon as it is here, not after the page's first render and paint.
  void prefetchDataset(queryClient, state.data);
  // The page's parser (preloaded with the page) is made ready while the file is on its way: nearly
  // every first view is a file small enough to be read here.
  preloadParser();
  // A task of its own, after the dataset's request has gone out, rather than a part of the long
  // task that draws the timeline.
  setTimeout(prepareFirstView, 0);
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}

registerServiceWorker();
