import { useDeferredValue } from 'react';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n-context';
import { useUrlNotices } from '../../state/use-url-notices';
import { useUrlState } from '../../state/use-url-state';
import { LoadStatus } from '../../ui/LoadStatus';
import { OpenFullView } from '../embed/OpenFullView';
import { useEmbedResize } from '../embed/use-embed-resize';
import { useHostSync } from '../embed/use-host-sync';
import { StoriesMenu } from '../story/StoriesMenu';
import { Attribution } from './Attribution';
import { Explorer } from './Explorer';
import { FileDropZone } from './FileDropZone';
import { SkipLink } from './SkipLink';
import { ViewMenu } from './ViewMenu';

/** The explorer's page: header, loading and errors around the explorer itself. */
export function ExplorePage() {
  const { messages } = useI18n();
  const { state, warnings, update } = useUrlState();
  const { notices, dismiss } = useUrlNotices(warnings);
  const { query, progress, retry } = useDataset(state.data);
  // The query hands its data over in an urgent render, which React cannot split, and a small
  // file is often read before the first render. The page built on the data (the whole explorer)
  // renders from a deferred copy instead, which starts as nothing even when the data is already
  // here: it renders in slices between frames, so that no single task of the load blocks a tap
  // for long (docs/architecture.md, "Lighthouse on the shipped dataset"). Until that render is
  // done, the loading screen stays; an explorer is never shown under another dataset's header.
  const current = query.data ?? null;
  const deferred = useDeferredValue(current, null);
  const data = deferred === current ? deferred : null;
  const arriving = current !== null && data === null;
  useEmbedResize(state.embed);
  useHostSync(data?.dataset);

  return (
    <div className={`page${state.embed ? ' is-embed' : ''}`}>
      <SkipLink />
      {!state.embed && <FileDropZone />}
      {!state.embed && (
        <header className="site-header">
          <p className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {messages.appName}
          </p>
          {/* The header is whole in the first render that has the data (the explorer below
              it follows), so that nothing under it moves when the explorer arrives. */}
          {query.data && (
            <h1 className="dataset-title" lang={query.data.dataset.language} dir="auto">
              {query.data.dataset.title}
            </h1>
          )}
          {query.data && (
            <StoriesMenu
              stories={query.data.dataset.stories}
              textLang={query.data.dataset.language}
              // A history entry of its own: Back closes the story.
              onOpen={(id) => update({ story: id, step: 1, autoplay: false }, 'push')}
            />
          )}
          <ViewMenu />
        </header>
      )}
      <main className="main" id="main">
        {state.embed && query.data && (
          <h1 className="visually-hidden">{query.data.dataset.title}</h1>
        )}
        {notices.map((notice) => (
          <div key={`${notice.kind}:${notice.value}`} className="alert alert-warning" role="alert">
            <p>
              {notice.kind === 'data'
                ? messages.badDataParam(notice.value)
                : messages.badWindowParam(notice.value)}
            </p>
            <button type="button" className="text-button" onClick={() => dismiss(notice)}>
              {messages.dismiss}
            </button>
          </div>
        ))}
        <LoadStatus
          pending={query.isPending || arriving}
          error={query.error}
          progress={progress}
          onRetry={retry}
          retrying={query.isFetching}
        />
        {data && <Explorer loaded={data} />}
        {/* Once loading ends: shown under the loading message, it would jump down when the
            timeline arrives (a layout shift that cost the embed's Lighthouse score). */}
        {state.embed && !query.isPending && !arriving && <OpenFullView />}
      </main>
      {data && <Attribution dataset={data.dataset} />}
    </div>
  );
}
