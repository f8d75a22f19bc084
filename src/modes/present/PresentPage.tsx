import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { LoadedDataset } from '../../data/dataset-query';
import { useDataset } from '../../data/use-dataset';
import { revealEvent } from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { directionOf } from '../../i18n/choose-language';
import { formatEdtfRange, formatNumber } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import type { UrlState } from '../../state/url-state';
import { useMatchingEvents } from '../../state/use-matching-events';
import { currentUrlState, useUrlState } from '../../state/use-url-state';
import { LoadingState } from '../../ui/LoadingState';
import { LoadStatus } from '../../ui/LoadStatus';
import { PresenterBar } from './PresenterBar';
import { PresentStrip } from './PresentStrip';
import { applyCommand, type PresenterCommand } from './presenter-keys';
import { Slide } from './Slide';
import { StoryPresentation } from './StoryPresentation';
import { usePresenterKeys } from './use-presenter-keys';
import './present.css';

/**
 * Presenter mode: the events matching the current filters, one at a time in large type, stepped
 * with the keys a clicker sends. The slide shown is the URL's `event`, so a reload, a shared
 * link or leaving for the explorer all land on the same event.
 */
export function PresentPage() {
  const { messages } = useI18n();
  const { state, update } = useUrlState();
  const { query, progress, retry } = useDataset(state.data);
  const leave = useCallback(() => update({ present: false }, 'replace'), [update]);

  if (query.data) {
    // A story the dataset has is presented step by step; otherwise the filtered events are.
    const story = query.data.dataset.stories.some((s) => s.id === state.story);
    return story ? <StoryPresentation loaded={query.data} /> : <Presentation loaded={query.data} />;
  }
  return (
    <div className="present present-waiting">
      <main className="present-main">
        <LoadStatus
          pending={query.isPending}
          error={query.error}
          progress={progress}
          onRetry={retry}
          retrying={query.isFetching}
        />
        <button type="button" className="text-button" onClick={leave}>
          {messages.leavePresenterName}
        </button>
      </main>
    </div>
  );
}

function Presentation({ loaded }: { loaded: LoadedDataset }) {
  const { locale, messages } = useI18n();
  const pageDirection = directionOf(locale);
  const { dataset } = loaded;
  const { state, update } = useUrlState();
  const matching = useMatchingEvents(dataset, state);
  const events = matching.events;
  // While a search is still being indexed the matches are not final: show nothing rather than a
  // slide that is about to change.
  const ready = !matching.indexing;
  const found = state.event === undefined ? -1 : events.findIndex((e) => e.id === state.event);
  const index = Math.max(0, found);
  const current = ready ? events[index] : undefined;
  const rootRef = useRef<HTMLDivElement>(null);
  const keysId = useId();
  const [blackout, setBlackout] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const previousIndex = useRef(index);
  const direction = index >= previousIndex.current ? 'forward' : 'back';
  useEffect(() => {
    previousIndex.current = index;
  }, [index]);

  // The URL names the slide shown: on arrival (no event, or one the filters exclude) too. A key
  // pressed between this render's paint and this effect has already named the next slide; naming
  // this render's slide now would undo that step, so the effect gives way to a newer URL.
  useEffect(() => {
    if (currentUrlState().event !== state.event) return;
    if (current && state.event !== current.id) update({ event: current.id }, 'replace');
  }, [current, state.event, update]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Refused in a frame without allowfullscreen, or without a user gesture: nothing to do.
    else void rootRef.current?.requestFullscreen().catch(() => undefined);
  }, []);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    update({ present: false, window: windowShowing(state, current) }, 'replace');
  }, [state, current, update]);

  const run = useCallback(
    (command: PresenterCommand) => {
      switch (command) {
        case 'fullscreen':
          toggleFullscreen();
          return;
        case 'leave':
          leave();
          return;
        default: {
          const next = applyCommand({ index, blackout }, command, events.length);
          if (next.blackout !== blackout) setBlackout(next.blackout);
          const event = events[next.index];
          if (next.index !== index && event) update({ event: event.id }, 'replace');
        }
      }
    },
    [index, blackout, events, update, toggleFullscreen, leave],
  );

  usePresenterKeys(run, pageDirection);

  const total = formatNumber(events.length, locale);
  const date = current
    ? formatEdtfRange(current.date, current.end, locale, messages.dateWords)
    : '';

  return (
    <div ref={rootRef} className={`present${blackout ? ' is-blackout' : ''}`}>
      <PresenterBar
        title={dataset.title}
        lang={dataset.language}
        status={current ? messages.presentStatus(formatNumber(index + 1, locale), total) : ''}
        blackout={blackout}
        fullscreen={fullscreen}
        onBlackout={() => run('blackout')}
        onFullscreen={toggleFullscreen}
        onLeave={leave}
      />
      <p id={keysId} className="visually-hidden">
        {messages.presenterKeys}
      </p>
      <main className="present-main" aria-label={messages.presenterLabel} aria-describedby={keysId}>
        {!ready ? (
          <LoadingState
            progress={{ phase: 'prepare', eventsDone: 0, eventsTotal: 0, fraction: undefined }}
          />
        ) : current ? (
          <Slide
            key={current.id}
            dataset={dataset}
            event={current}
            date={date}
            direction={direction}
          />
        ) : (
          <p className="present-empty">{messages.presentNoMatches}</p>
        )}
      </main>
      {current && (
        <footer className="present-nav">
          <button
            type="button"
            className="text-button present-step"
            aria-label={messages.previousEventName}
            disabled={index === 0}
            onClick={() => run('previous')}
          >
            <span aria-hidden="true">{pageDirection === 'rtl' ? '→' : '←'}</span>{' '}
            {messages.previousEvent}
          </button>
          <PresentStrip events={events} current={current} />
          <button
            type="button"
            className="text-button present-step"
            aria-label={messages.nextEventName}
            disabled={index >= events.length - 1}
            onClick={() => run('next')}
          >
            {messages.nextEvent}{' '}
            <span aria-hidden="true">{pageDirection === 'rtl' ? '←' : '→'}</span>
          </button>
        </footer>
      )}
      {current && (
        <p className="visually-hidden" aria-live="polite">
          {messages.presentAnnouncement(current.title, date)}
        </p>
      )}
      {blackout && (
        // The whole black screen is one button: a click anywhere brings the event back.
        <button type="button" className="present-blackout" onClick={() => run('blackout')}>
          <span className="visually-hidden">{messages.screenBlanked}</span>
        </button>
      )}
    </div>
  );
}

/** The explorer's window, moved if need be so the event just presented is in view. */
function windowShowing(state: UrlState, event: TimelineEvent | undefined): UrlState['window'] {
  if (!state.window || !event) return state.window;
  return revealEvent(state.window, event);
}
