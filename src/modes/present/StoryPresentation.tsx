import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../../data/dataset-query';
import { windowForEvents } from '../../domain/time-window';
import { directionOf } from '../../i18n/choose-language';
import { formatEdtfRange, formatNumber } from '../../i18n/format-date';
import { formatPeriod } from '../../i18n/format-period';
import { useI18n } from '../../i18n/i18n-context';
import { stepWindow } from '../../state/story-step-state';
import { useUrlState } from '../../state/use-url-state';
import { useStory } from '../story/use-story';
import { PLAY_CONTROL_ATTRIBUTE, useStoryAutoplay } from '../story/use-story-autoplay';
import { PresenterBar } from './PresenterBar';
import { PresentStrip } from './PresentStrip';
import { applyCommand, type PresenterCommand } from './presenter-keys';
import { Slide } from './Slide';
import { usePresenterKeys } from './use-presenter-keys';
import './present-story.css';

/**
 * A story in presenter mode (`present=1&story=ID`): the step's caption in large type over its
 * event, stepped with the clicker's keys; with `autoplay=1` it plays by itself (K or the
 * Pause button stops it, and so does any key or press of a person taking over), `loop=1` for a
 * kiosk. Each step is written to the URL, so leaving lands the explorer on the same step.
 */
export function StoryPresentation({ loaded }: { loaded: LoadedDataset }) {
  const { locale, messages } = useI18n();
  // The footer mirrors on a right-to-left page; its arrows point the way each button goes.
  const direction = directionOf(locale);
  const rtl = direction === 'rtl';
  const { dataset } = loaded;
  const { state, update } = useUrlState();
  const homeWindow = useMemo(() => windowForEvents(dataset.events), [dataset]);
  const urlWindow = state.window;
  const currentWindow = useCallback(() => urlWindow ?? homeWindow, [urlWindow, homeWindow]);
  const story = useStory(dataset, state, update, currentWindow);
  useStoryAutoplay(story, state.loop);
  const rootRef = useRef<HTMLDivElement>(null);
  const keysId = useId();
  const [blackout, setBlackout] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);

  // The story's events, in time order, for the strip under the slide.
  const storyEvents = useMemo(() => {
    if (!story) return [];
    const ids = new Set(story.story.steps.map((step) => step.event));
    return dataset.events.filter((event) => ids.has(event.id));
  }, [dataset, story]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void rootRef.current?.requestFullscreen().catch(() => undefined);
  }, []);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    update({ present: false, autoplay: false }, 'replace');
  }, [update]);

  const run = useCallback(
    (command: PresenterCommand) => {
      if (!story) return;
      switch (command) {
        case 'fullscreen':
          toggleFullscreen();
          return;
        case 'leave':
          leave();
          return;
        default: {
          const index = story.stepNumber - 1;
          const next = applyCommand({ index, blackout }, command, story.count);
          if (next.blackout !== blackout) setBlackout(next.blackout);
          if (next.index !== index) story.goTo(next.index + 1);
        }
      }
    },
    [story, blackout, toggleFullscreen, leave],
  );

  usePresenterKeys(run, direction);

  if (!story) return null;
  const { step, event } = story;
  const stepText = messages.storyStep(
    formatNumber(story.stepNumber, locale),
    formatNumber(story.count, locale),
  );
  const date = event ? formatEdtfRange(event.date, event.end, locale, messages.dateWords) : '';
  const window = stepWindow(step);
  const period = window
    ? formatPeriod(window.startMs, window.endMs - 1, locale, messages.dateWords)
    : '';
  const eventTitle = event ? (event.i18n[locale]?.title ?? event.title) : '';

  return (
    <div ref={rootRef} className={`present present-story${blackout ? ' is-blackout' : ''}`}>
      <PresenterBar
        title={story.story.title}
        lang={dataset.language}
        status={stepText}
        blackout={blackout}
        fullscreen={fullscreen}
        onBlackout={() => run('blackout')}
        onFullscreen={toggleFullscreen}
        onLeave={leave}
      >
        <button
          type="button"
          className="text-button"
          aria-pressed={story.playing}
          aria-label={story.playing ? messages.pauseStoryName : messages.playStoryName}
          {...{ [PLAY_CONTROL_ATTRIBUTE]: '' }}
          onClick={() => story.setPlaying(!story.playing)}
        >
          {story.playing ? messages.pauseStory : messages.playStory}
        </button>
      </PresenterBar>
      <p id={keysId} className="visually-hidden">
        {messages.storyPresenterKeys}
      </p>
      <main className="present-main" aria-label={messages.presenterLabel} aria-describedby={keysId}>
        <div key={`${story.story.id}:${story.stepNumber}`} className="present-story-step">
          {step.caption && (
            <p className="present-caption" lang={dataset.language} dir="auto">
              {step.caption}
            </p>
          )}
          {event ? (
            <Slide dataset={dataset} event={event} date={date} direction="forward" />
          ) : (
            period && <p className="present-period">{period}</p>
          )}
        </div>
      </main>
      <footer className="present-nav">
        <button
          type="button"
          className="text-button present-step"
          aria-label={messages.previousStepName}
          disabled={story.stepNumber <= 1}
          onClick={() => run('previous')}
        >
          <span aria-hidden="true">{rtl ? '→' : '←'}</span> {messages.previousStep}
        </button>
        {event && storyEvents.length > 1 ? (
          <PresentStrip events={storyEvents} current={event} />
        ) : (
          <span />
        )}
        <button
          type="button"
          className="text-button present-step"
          aria-label={messages.nextStepName}
          disabled={story.stepNumber >= story.count}
          onClick={() => run('next')}
        >
          {messages.nextStep} <span aria-hidden="true">{rtl ? '←' : '→'}</span>
        </button>
      </footer>
      <p className="visually-hidden" aria-live="polite">
        {messages.storyAnnouncement(stepText, step.caption ?? '', eventTitle)}
      </p>
      {blackout && (
        <button type="button" className="present-blackout" onClick={() => run('blackout')}>
          <span className="visually-hidden">{messages.screenBlanked}</span>
        </button>
      )}
    </div>
  );
}
