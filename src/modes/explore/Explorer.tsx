import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../../data/dataset-query';
import { type Facet, hasSelection, NO_SELECTION } from '../../domain/filter-events';
import {
  revealEvent,
  revealRange,
  type TimeWindow,
  windowForEvents,
} from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { DownloadButtons } from '../../filters/DownloadButtons';
import { EventList } from '../../filters/EventList';
import { formatEdtfRange } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import { type LaneMode, serializeUrlState } from '../../state/url-state';
import { useMatchingEvents } from '../../state/use-matching-events';
import { useDebouncedUrlWrite, useUrlState } from '../../state/use-url-state';
import { useViewWindow } from '../../state/use-view-window';
import { buildEventIndex } from '../../timeline/model/event-index';
import { Overview } from '../../timeline/view/Overview';
import { Timeline } from '../../timeline/view/Timeline';
import { ViewDescription } from '../../ui/ViewDescription';
import { PrintList } from '../print/PrintList';
import { EraToggle } from '../story/EraToggle';
import { DatasetIntro } from './DatasetIntro';
import { ExploreControls } from './ExploreControls';
import { buildLaneGroups } from './lane-groups';
import { useMediaQuery } from './use-media-query';

// A story's panel and its stepping load when a story is opened: none of it is in the first download.
const StoryView = lazy(() =>
  import('../story/StoryView').then((module) => ({ default: module.StoryView })),
);

const year = (ms: number) => new Date(ms).getUTCFullYear();

// The details are not part of the first view (no event is open in it): their code is fetched
// just after the timeline is up, so opening an event does not wait (docs/architecture.md, the budget).
const loadEventDetails = () => import('../../panel/EventDetails');
const EventDetails = lazy(() =>
  loadEventDetails().then((module) => ({ default: module.EventDetails })),
);
const PREFETCH_DELAY_MS = 300;
/** Where the list and the timeline become tabs (styles.css, "Phones"). */
const PHONE_QUERY = '(max-width: 599px)';

// Most datasets load without a problem: the report of what was left out loads only when needed.
const ProblemsAlert = lazy(() =>
  import('../../ui/ProblemsAlert').then((module) => ({ default: module.ProblemsAlert })),
);

// The filters are closed in the first view, so their panel loads when they are first opened.
const FilterPanel = lazy(() =>
  import('../../filters/FilterPanel').then((module) => ({ default: module.FilterPanel })),
);

/** Everything a person does with a loaded dataset: search, filter, the timeline, the list, details. */
export function Explorer({ loaded }: { loaded: LoadedDataset }) {
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
    () => buildLaneGroups(index, state.lanes, dataset, messages),
    [index, state.lanes, dataset, messages],
  );
  const homeWindow = useMemo(() => windowForEvents(dataset.events), [dataset]);
  const { window, motion, setWindow, current, written } = useViewWindow(
    state.window,
    homeWindow,
    update,
  );

  const shownEras = state.eras ? dataset.eras : undefined;
  // One element while nothing changed, so the memoised controls do not re-render as a person pans.
  const hasEras = dataset.eras.length > 0;
  const eraToggle = useMemo(
    () => (hasEras ? <EraToggle shown={state.eras} onChange={(eras) => update({ eras })} /> : null),
    [hasEras, state.eras, update],
  );
  const parties = useMemo(
    (): readonly [string, string] => [dataset.parties[0].code, dataset.parties[1].code],
    [dataset],
  );

  const selected =
    state.event === undefined
      ? undefined
      : dataset.events[allIndex.positionById.get(state.event) ?? -1];
  const focusDetails = useRef(false);
  // The heading takes focus when an event is opened here, once it is drawn.
  const headingRef = useCallback((heading: HTMLHeadingElement | null) => {
    if (!heading || !focusDetails.current) return;
    focusDetails.current = false;
    heading.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    const timer = globalThis.setTimeout(() => void loadEventDetails(), PREFETCH_DELAY_MS);
    return () => globalThis.clearTimeout(timer);
  }, []);
  const [announcement, setAnnouncement] = useState('');
  const [tab, setTab] = useState<'timeline' | 'list'>('timeline');
  // On a phone the list is a tab of its own (styles.css): while the timeline's tab is shown, its
  // rows (seven elements an event) are not made at all, rather than made and hidden.
  const listShown = !useMediaQuery(PHONE_QUERY) || tab === 'list';
  const [followList, setFollowList] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const descriptionId = useId();

  const open = useCallback(
    (id: string) => {
      const position = allIndex.positionById.get(id);
      const event = position === undefined ? undefined : dataset.events[position];
      if (!event) return;
      focusDetails.current = true;
      const next = revealEvent(current(), event);
      setWindow(next);
      setAnnouncement(
        messages.opened(
          event.title,
          formatEdtfRange(event.date, event.end, locale, messages.dateWords),
        ),
      );
      // The history entry carries the window it was opened in, so Back restores the view too.
      written(next);
      if (state.event !== id) update({ event: id, window: next, q: query }, 'push');
    },
    [dataset, allIndex, locale, messages, state.event, update, query, current, written, setWindow],
  );

  const close = useCallback(() => {
    const id = state.event;
    written(current());
    update({ event: undefined, window: current(), q: query }, 'push');
    if (id === undefined) return;
    // Focus returns to the event on the timeline (or in the list), which stays drawn: at once,
    // while the details still hold it, so that a key pressed right after Escape reaches the
    // timeline rather than a page whose focus went with the details. Only what is not drawn yet
    // is waited for.
    const returnFocus = () => {
      const selector = `[data-event-id="${CSS.escape(id)}"]`;
      const target =
        document.querySelector<HTMLElement>(`.timeline ${selector}`) ??
        document.querySelector<HTMLElement>('.event-list [aria-current="true"]');
      target?.focus({ preventScroll: true });
      return target !== null;
    };
    if (!returnFocus()) requestAnimationFrame(returnFocus);
  }, [state.event, update, query, current, written]);

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

  // Only the timeline and the overview follow the window at frame rate; everything else gets
  // callbacks that read the window when used, so it does not re-render while a person pans.
  const hrefFor = useCallback(
    (id: string) => serializeUrlState({ ...state, q: query, event: id, window: current() }) || '?',
    [state, query, current],
  );
  // A step's link opens the full view at that step (never an embed, never playing).
  const stepHref = useCallback(
    (step: number) =>
      serializeUrlState({
        ...state,
        q: query,
        window: current(),
        step,
        embed: false,
        present: false,
        autoplay: false,
        loop: false,
      }) || '?',
    [state, query, current],
  );
  const filtered = hasSelection(matching.selection) || query.trim() !== '';
  const [fromYear, toYear] = [year(window.startMs), year(window.endMs - 1)];
  const years = useMemo(
    () => ({
      min: year(homeWindow.startMs),
      max: year(homeWindow.endMs),
      from: fromYear,
      to: toYear,
    }),
    [homeWindow, fromYear, toYear],
  );
  const onClear = useCallback(() => {
    setQuery('');
    update({ q: '', ...NO_SELECTION });
  }, [update]);
  const onFacet = useCallback(
    (facet: Facet, values: string[]) => update({ [facet]: values }),
    [update],
  );
  const onLanes = useCallback((lanes: LaneMode) => update({ lanes }), [update]);
  const onYears = useCallback(
    (from: number, to: number) =>
      setWindow({ startMs: Date.UTC(from, 0, 1), endMs: Date.UTC(to + 1, 0, 1) }),
    [setWindow],
  );
  const onSearch = useCallback(
    (text: string) => {
      setQuery(text);
      update({ q: text });
    },
    [update],
  );
  const openBestMatch = useCallback(() => {
    const position = matching.bestMatchNow(query);
    const event = position === undefined ? undefined : dataset.events[position];
    if (event) open(event.id);
  }, [matching, query, dataset, open]);
  // The overview's brush is dragged: the view follows at once, not animated.
  const jumpTo = useCallback((next: TimeWindow) => setWindow(next, 'jump'), [setWindow]);
  const followListScroll = useCallback(
    (event: TimelineEvent) => setWindow((now) => revealRange(now, event.startMs, event.endMs, 0.3)),
    [setWindow],
  );

  if (dataset.events.length === 0) {
    return (
      <>
        {problems.length > 0 && (
          <Suspense fallback={null}>
            <ProblemsAlert problems={problems} />
          </Suspense>
        )}
        <p className="empty">{messages.emptyDataset}</p>
      </>
    );
  }

  return (
    <>
      {problems.length > 0 && (
        <Suspense fallback={null}>
          <ProblemsAlert problems={problems} />
        </Suspense>
      )}
      {state.event !== undefined && !selected && (
        <div className="alert alert-warning" role="alert">
          <p>{messages.unknownEvent(state.event)}</p>
        </div>
      )}
      {state.story !== undefined && (
        <Suspense fallback={null}>
          <StoryView
            dataset={dataset}
            state={state}
            update={update}
            currentWindow={current}
            stepHref={stepHref}
          />
        </Suspense>
      )}
      <ExploreControls
        dataset={dataset}
        query={query}
        onQuery={setQuery}
        onSearchSubmit={openBestMatch}
        matching={matching}
        filtered={filtered}
        onClear={onClear}
        lanes={state.lanes}
        onLanes={onLanes}
        filtersId={filtersId}
        filtersOpen={filtersOpen}
        onFiltersOpen={setFiltersOpen}
        embed={state.embed}
        tab={tab}
        onTab={setTab}
      >
        {eraToggle}
      </ExploreControls>
      <div
        className="workspace"
        data-tab={tab}
        data-filters={filtersOpen || undefined}
        data-details={selected ? true : undefined}
      >
        <div id={filtersId} className="filters-column" hidden={!filtersOpen}>
          {filtersOpen && (
            <Suspense fallback={null}>
              <FilterPanel
                dataset={dataset}
                selection={matching.selection}
                searchMatches={matching.searchMatches}
                onChange={onFacet}
                years={years}
                onYears={onYears}
              />
            </Suspense>
          )}
        </div>
        <div className="timeline-column">
          <Timeline
            index={index}
            groups={groups}
            window={window}
            motion={motion}
            homeWindow={homeWindow}
            onWindowChange={setWindow}
            selectedId={selected?.id}
            onOpen={open}
            seriesId={selected?.series?.id}
            textLang={dataset.language}
            wheelNeedsModifier={state.embed}
            eras={shownEras}
            parties={parties}
            describedBy={descriptionId}
          />
          <ViewDescription id={descriptionId} startsMs={index.startsMs} window={window} />
          <Overview
            all={allIndex}
            matching={index}
            span={homeWindow}
            window={window}
            onWindowChange={jumpTo}
            eras={shownEras}
            parties={parties}
          />
          <DatasetIntro dataset={dataset} />
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
          {listShown && (
            <EventList
              events={matching.events}
              query={matching.query}
              textLang={dataset.language}
              selectedId={selected?.id}
              onOpen={open}
              onScrollTo={followList ? followListScroll : undefined}
            />
          )}
        </section>
        {selected && (
          <Suspense fallback={null}>
            <EventDetails
              key={selected.id}
              ref={headingRef}
              dataset={dataset}
              event={selected}
              query={matching.query}
              onClose={close}
              onOpen={open}
              onSearch={onSearch}
              hrefFor={hrefFor}
              datasetUrl={state.data}
            />
          </Suspense>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <PrintList dataset={dataset} events={matching.events} />
    </>
  );
}
