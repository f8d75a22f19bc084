import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../../data/dataset-query';
import { DatasetFileRejected } from '../../data/dataset-query';
import { DatasetLoadError } from '../../data/fetch-dataset-text';
import { useDataset } from '../../data/use-dataset';
import { hasSelection, NO_SELECTION } from '../../domain/filter-events';
import { DownloadButtons } from '../../filters/DownloadButtons';
import { EventList } from '../../filters/EventList';
import { formatEdtfRange } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import { EventDetails } from '../../panel/EventDetails';
import { LANE_MODES, serializeUrlState } from '../../state/url-state';
import { useMatchingEvents } from '../../state/use-matching-events';
import { useDebouncedUrlWrite, useUrlState } from '../../state/use-url-state';
import { buildEventIndex } from '../../timeline/model/event-index';
import { fitWindow, revealRange, spanMs, type TimeWindow } from '../../timeline/model/time-window';
import { Overview } from '../../timeline/view/Overview';
import { Timeline } from '../../timeline/view/Timeline';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { ProblemsAlert } from '../../ui/ProblemsAlert';
import { OpenFullView } from '../embed/OpenFullView';
import { useEmbedResize } from '../embed/use-embed-resize';
import { PrintList } from '../print/PrintList';
import { Attribution } from './Attribution';
import { DatasetIntro } from './DatasetIntro';
import { ExploreControls } from './ExploreControls';
import { LanguageMenu } from './LanguageMenu';
import { buildLaneGroups } from './lane-groups';
import { ViewMenu } from './ViewMenu';

export function ExplorePage() {
  const { messages } = useI18n();
  const { state, warnings } = useUrlState();
  const { query, progress, retry } = useDataset(state.data);
  useEmbedResize(state.embed);

  return (
    <div className={`page${state.embed ? ' is-embed' : ''}`}>
      {/* biome-ignore lint/a11y/useValidAnchor: a real link to the main region without script; with script it goes straight to the events */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          const target = document.querySelector<HTMLElement>(
            '.timeline [data-event-id][tabindex="0"]',
          );
          if (!target) return;
          event.preventDefault();
          target.focus({ preventScroll: false });
        }}
      >
        {messages.skipToTimeline}
      </a>
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
          <LanguageMenu />
          <ViewMenu />
        </header>
      )}
      <main className="main" id="main">
        {state.embed && query.data && (
          <h1 className="visually-hidden">{query.data.dataset.title}</h1>
        )}
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
            onRetry={retry}
            retrying={query.isFetching}
          />
        )}
        {query.data && <Explorer loaded={query.data} />}
        {state.embed && <OpenFullView />}
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

  // The search box answers at typing speed; the URL follows once typing pauses.
  const [query, setQuery] = useState(state.q);
  useEffect(() => setQuery(state.q), [state.q]);
  const writeQuery = useCallback((q: string) => update({ q }), [update]);
  useDebouncedUrlWrite(query, writeQuery, 300);
  const matching = useMatchingEvents(dataset, { ...state, q: query });

  const allIndex = useMemo(() => buildEventIndex(dataset.events), [dataset]);
  const index = useMemo(
    () =>
      matching.events.length === dataset.events.length
        ? allIndex
        : buildEventIndex(matching.events),
    [allIndex, matching.events, dataset.events.length],
  );
  const groups = useMemo(
    () => buildLaneGroups(matching.events, state.lanes, dataset, messages),
    [matching.events, state.lanes, dataset, messages],
  );
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
      : dataset.events[allIndex.positionById.get(state.event) ?? -1];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusDetails = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const [tab, setTab] = useState<'timeline' | 'list'>('timeline');
  const [followList, setFollowList] = useState(false);

  const open = useCallback(
    (id: string) => {
      const position = allIndex.positionById.get(id);
      const event = position === undefined ? undefined : dataset.events[position];
      if (!event) return;
      focusDetails.current = true;
      const current = windowRef.current;
      const next = revealRange(
        current,
        event.startMs,
        Math.min(event.endMs, event.startMs + spanMs(current) / 2),
      );
      setWindow(next);
      setAnnouncement(
        messages.opened(
          event.title,
          formatEdtfRange(event.date, event.end, locale, messages.dateWords),
        ),
      );
      // The history entry carries the window it was opened in, so Back restores the view too.
      urlWindowRef.current = next;
      if (state.event !== id) update({ event: id, window: next, q: query }, 'push');
    },
    [dataset, allIndex, locale, messages, state.event, update, query],
  );

  const close = useCallback(() => {
    const id = state.event;
    urlWindowRef.current = windowRef.current;
    update({ event: undefined, window: windowRef.current, q: query }, 'push');
    if (id === undefined) return;
    // Focus returns to the event on the timeline (or in the list), which stays drawn.
    requestAnimationFrame(() => {
      const selector = `[data-event-id="${CSS.escape(id)}"]`;
      const target =
        document.querySelector<HTMLElement>(`.timeline ${selector}`) ??
        document.querySelector<HTMLElement>('.event-list [aria-current="true"]');
      target?.focus({ preventScroll: true });
    });
  }, [state.event, update, query]);

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
    (id: string) => serializeUrlState({ ...state, q: query, event: id, window }) || '?',
    [state, query, window],
  );
  const filtered = hasSelection(matching.selection) || query.trim() !== '';
  const years = {
    min: new Date(homeWindow.startMs).getUTCFullYear(),
    max: new Date(homeWindow.endMs).getUTCFullYear(),
    from: new Date(window.startMs).getUTCFullYear(),
    to: new Date(window.endMs - 1).getUTCFullYear(),
  };

  if (dataset.events.length === 0) {
    return (
      <>
        {problems.length > 0 && <ProblemsAlert problems={problems} />}
        <p className="empty">{messages.emptyDataset}</p>
      </>
    );
  }

  return (
    <>
      {problems.length > 0 && <ProblemsAlert problems={problems} />}
      {state.event !== undefined && !selected && (
        <div className="alert alert-warning" role="alert">
          <p>{messages.unknownEvent(state.event)}</p>
        </div>
      )}
      <ExploreControls
        dataset={dataset}
        query={query}
        onQuery={setQuery}
        matching={matching}
        filtered={filtered}
        onClear={() => {
          setQuery('');
          update({ q: '', ...NO_SELECTION });
        }}
        onFacet={(facet, values) => update({ [facet]: values })}
        lanes={state.lanes}
        onLanes={(lanes) => update({ lanes: LANE_MODES.find((m) => m === lanes) ?? 'one' })}
        years={years}
        onYears={(from, to) =>
          setWindow({ startMs: Date.UTC(from, 0, 1), endMs: Date.UTC(to + 1, 0, 1) })
        }
        embed={state.embed}
        tab={tab}
        onTab={setTab}
      />
      <div className={`workspace${selected ? ' has-details' : ''}`} data-tab={tab}>
        <div className="timeline-column">
          <Timeline
            index={index}
            groups={groups}
            window={window}
            homeWindow={homeWindow}
            onWindowChange={setWindow}
            selectedId={selected?.id}
            onOpen={open}
            seriesId={selected?.series?.id}
            textLang={dataset.language}
            wheelNeedsModifier={state.embed}
          />
          <Overview
            all={allIndex}
            matching={index}
            span={homeWindow}
            window={window}
            onWindowChange={setWindow}
          />
        </div>
        <section className="list-column" aria-label={messages.eventsList}>
          <div className="list-header">
            <h2>{messages.eventsList}</h2>
            <span className="inline-field">
              {messages.download}
              <DownloadButtons dataset={dataset} events={matching.events} />
            </span>
            <label className="inline-field">
              <input
                type="checkbox"
                checked={followList}
                onChange={(e) => setFollowList(e.target.checked)}
              />
              <span>{messages.followList}</span>
            </label>
          </div>
          <EventList
            events={matching.events}
            query={matching.query}
            textLang={dataset.language}
            selectedId={selected?.id}
            onOpen={open}
            onScrollTo={
              followList
                ? (event) =>
                    setWindow((current) => revealRange(current, event.startMs, event.endMs, 0.3))
                : undefined
            }
          />
        </section>
        {selected ? (
          <EventDetails
            key={selected.id}
            ref={headingRef}
            dataset={dataset}
            event={selected}
            query={matching.query}
            onClose={close}
            onOpen={open}
            onSearch={(text) => {
              setQuery(text);
              update({ q: text });
            }}
            hrefFor={hrefFor}
          />
        ) : (
          <DatasetIntro dataset={dataset} />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <PrintList dataset={dataset} events={matching.events} />
    </>
  );
}
