import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  DatasetFileRejected,
  datasetQueryOptions,
  type LoadedDataset,
  type LoadProgress,
} from '../../data/dataset-query';
import { DatasetLoadError } from '../../data/fetch-dataset-text';
import { formatEdtfRange } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import { EventDetails } from '../../panel/EventDetails';
import { serializeUrlState } from '../../state/url-state';
import { useDebouncedUrlWrite, useUrlState } from '../../state/use-url-state';
import { buildEventIndex } from '../../timeline/model/event-index';
import { fitWindow, revealRange, type TimeWindow } from '../../timeline/model/time-window';
import { Timeline } from '../../timeline/view/Timeline';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { ProblemsAlert } from '../../ui/ProblemsAlert';
import { Attribution } from './Attribution';
import { DatasetIntro } from './DatasetIntro';

export function ExplorePage() {
  const { messages } = useI18n();
  const { state, warnings } = useUrlState();
  const [progress, setProgress] = useState<LoadProgress | undefined>();
  const query = useQuery(datasetQueryOptions(state.data, setProgress));

  return (
    <div className="page">
      <header className="site-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {messages.appName}
        </p>
        {query.data && <h1 className="dataset-title">{query.data.dataset.title}</h1>}
      </header>
      <main className="main" id="main">
        {warnings.map((warning) => (
          <div key={warning.kind} className="alert alert-warning" role="alert">
            <p>
              {warning.kind === 'data'
                ? messages.badDataParam(warning.value)
                : messages.badWindowParam(warning.value)}
            </p>
          </div>
        ))}
        {query.isPending && <LoadingState progress={progress} />}
        {query.isError && (
          <ErrorAlert
            title={
              query.error instanceof DatasetFileRejected
                ? messages.fileRejectedTitle
                : messages.loadFailedTitle
            }
            message={
              query.error instanceof DatasetFileRejected || query.error instanceof DatasetLoadError
                ? query.error.message
                : String(query.error)
            }
            onRetry={() => {
              setProgress(undefined);
              void query.refetch();
            }}
            retrying={query.isFetching}
          />
        )}
        {query.data && <Explorer loaded={query.data} />}
      </main>
      {query.data && <Attribution dataset={query.data.dataset} />}
    </div>
  );
}

const DAY_MS = 86_400_000;

function sameWindowToTheDay(a: TimeWindow | undefined, b: TimeWindow | undefined): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.startMs - b.startMs) < DAY_MS && Math.abs(a.endMs - b.endMs) < DAY_MS;
}

function Explorer({ loaded }: { loaded: LoadedDataset }) {
  const { locale, messages } = useI18n();
  const { dataset, problems } = loaded;
  const { state, update } = useUrlState();
  const index = useMemo(() => buildEventIndex(dataset.events), [dataset]);
  const homeWindow = useMemo(() => {
    const first = dataset.events[0];
    if (!first) return fitWindow(Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1));
    let lastMs = first.endMs;
    for (const event of dataset.events) lastMs = Math.max(lastMs, event.endMs);
    return fitWindow(first.startMs, lastMs);
  }, [dataset]);

  // The window moves at frame rate; the URL follows once it settles, and Back/Forward lead it.
  const [window, setWindow] = useState<TimeWindow>(state.window ?? homeWindow);
  const windowRef = useRef(window);
  windowRef.current = window;
  // Only a change of the URL's own window (Back/Forward) moves the view; the URL being re-read
  // for another reason (an event opened) must not pull the view back to a stale window.
  const urlWindowRef = useRef(state.window);
  useEffect(() => {
    if (sameWindowToTheDay(urlWindowRef.current, state.window)) return;
    urlWindowRef.current = state.window;
    if (state.window && !sameWindowToTheDay(state.window, windowRef.current))
      setWindow(state.window);
  }, [state.window]);
  const writeWindow = useCallback(
    (next: TimeWindow) => {
      if (sameWindowToTheDay(next, urlWindowRef.current)) return;
      urlWindowRef.current = next;
      update({ window: next });
    },
    [update],
  );
  useDebouncedUrlWrite(window, writeWindow);

  const selected =
    state.event === undefined
      ? undefined
      : dataset.events[index.positionById.get(state.event) ?? -1];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusDetails = useRef(false);
  const [announcement, setAnnouncement] = useState('');

  const open = useCallback(
    (id: string) => {
      const position = index.positionById.get(id);
      const event = position === undefined ? undefined : dataset.events[position];
      if (!event) return;
      focusDetails.current = true;
      setWindow((current) =>
        revealRange(
          current,
          event.startMs,
          Math.min(event.endMs, event.startMs + (current.endMs - current.startMs) / 2),
        ),
      );
      setAnnouncement(
        messages.opened(
          event.title,
          formatEdtfRange(event.date, event.end, locale, messages.dateWords),
        ),
      );
      if (state.event !== id) update({ event: id }, 'push');
    },
    [dataset, index, locale, messages, state.event, update],
  );

  const close = useCallback(() => {
    const id = state.event;
    urlWindowRef.current = windowRef.current;
    update({ event: undefined, window: windowRef.current }, 'push');
    if (id === undefined) return;
    // Focus returns to the event on the timeline, which stays drawn because it was pinned.
    requestAnimationFrame(() => {
      document
        .querySelector<HTMLElement>(`.timeline [data-event-id="${CSS.escape(id)}"]`)
        ?.focus({ preventScroll: true });
    });
  }, [state.event, update]);

  useEffect(() => {
    if (selected && focusDetails.current) {
      focusDetails.current = false;
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [selected]);

  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, close]);

  const hrefFor = useCallback(
    (id: string) => serializeUrlState({ ...state, event: id }) || '?',
    [state],
  );

  return (
    <>
      {problems.length > 0 && <ProblemsAlert problems={problems} />}
      {state.event !== undefined && !selected && (
        <div className="alert alert-warning" role="alert">
          <p>{messages.unknownEvent(state.event)}</p>
        </div>
      )}
      {dataset.events.length === 0 ? (
        <p className="empty">{messages.emptyDataset}</p>
      ) : (
        <div className={`workspace${selected ? ' has-details' : ''}`}>
          <Timeline
            index={index}
            window={window}
            homeWindow={homeWindow}
            onWindowChange={setWindow}
            selectedId={selected?.id}
            onOpen={open}
          />
          {selected ? (
            <EventDetails
              key={selected.id}
              ref={headingRef}
              dataset={dataset}
              event={selected}
              onClose={close}
              onOpen={open}
              hrefFor={hrefFor}
            />
          ) : (
            <DatasetIntro dataset={dataset} />
          )}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
