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
  useEmbedResize(state.embed);
  useHostSync(query.data?.dataset);

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
          pending={query.isPending}
          error={query.error}
          progress={progress}
          onRetry={retry}
          retrying={query.isFetching}
        />
        {query.data && <Explorer loaded={query.data} />}
        {/* Once loading ends: shown under the loading message, it would jump down when the
            timeline arrives (a layout shift that cost the embed's Lighthouse score). */}
        {state.embed && !query.isPending && <OpenFullView />}
      </main>
      {query.data && <Attribution dataset={query.data.dataset} />}
    </div>
  );
}
