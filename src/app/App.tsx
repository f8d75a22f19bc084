import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import { useCatalogue } from '../i18n/use-catalogue';
import { ExplorePage } from '../modes/explore/ExplorePage';
import { useUrlState } from '../state/use-url-state';
import { LoadingState } from '../ui/LoadingState';
import { ErrorBoundary } from './ErrorBoundary';

// Presenter mode is fetched only when asked for: none of it is in the first download.
const PresentPage = lazy(() =>
  import('../modes/present/PresentPage').then((module) => ({ default: module.PresentPage })),
);

/** The app; `queryClient` may already be loading the page's dataset (main.tsx). */
export function App({ queryClient: given }: { readonly queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? new QueryClient());
  const { state } = useUrlState();
  const theme = state.theme;

  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);

  const i18n = useCatalogue(state.lang);
  return (
    <I18nProvider value={i18n}>
      <ErrorBoundary
        fallback={(reset) => (
          <div className="alert alert-error" role="alert">
            <p className="alert-title">{i18n.messages.renderFailed}</p>
            <button type="button" className="text-button" onClick={reset}>
              {i18n.messages.reload}
            </button>
          </div>
        )}
      >
        <QueryClientProvider client={queryClient}>
          {state.present ? (
            <Suspense fallback={<LoadingState progress={undefined} />}>
              <PresentPage />
            </Suspense>
          ) : (
            <ExplorePage />
          )}
        </QueryClientProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
