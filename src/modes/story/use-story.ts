import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { TimeWindow } from '../../domain/time-window';
import type { Dataset, Story, StoryStep, TimelineEvent } from '../../domain/types';
import { clampStep, storyStepChange } from '../../state/story-step-state';
import type { UrlState } from '../../state/url-state';
import type { NavigateMode } from '../../state/use-url-state';

export interface StoryController {
  readonly story: Story;
  /** 1-based. */
  readonly stepNumber: number;
  readonly step: StoryStep;
  readonly count: number;
  /** The step's event, when it names one. */
  readonly event: TimelineEvent | undefined;
  readonly goTo: (stepNumber: number) => void;
  readonly next: () => void;
  readonly previous: () => void;
  readonly close: () => void;
  readonly playing: boolean;
  readonly setPlaying: (playing: boolean) => void;
}

type Update = (change: Partial<UrlState>, mode?: NavigateMode) => void;

/**
 * The story the URL opens (`story`, `step`), and moving through it: each step sets the view it
 * was written for (window, open event, filters, lanes) in the URL, so every view follows and a
 * link reopens that step. A link that names only the story and step gets the step's view on
 * arrival.
 */
export function useStory(
  dataset: Dataset,
  state: UrlState,
  update: Update,
  currentWindow: () => TimeWindow,
): StoryController | undefined {
  const story = useMemo(
    () =>
      state.story === undefined ? undefined : dataset.stories.find((s) => s.id === state.story),
    [dataset, state.story],
  );
  const stepNumber = story ? clampStep(story, state.step) : 1;
  const eventOf = useCallback(
    (step: StoryStep | undefined) =>
      step?.event === undefined ? undefined : dataset.events.find((e) => e.id === step.event),
    [dataset],
  );
  // The step whose view was last set, so that a step is applied once, not on every URL change
  // (a person may zoom or filter while reading it).
  const applied = useRef<string | undefined>(undefined);

  const goTo = useCallback(
    (number: number) => {
      if (!story) return;
      const n = clampStep(story, number);
      const step = story.steps[n - 1]!;
      applied.current = `${story.id}:${n}`;
      update({
        ...storyStepChange(step, eventOf(step), currentWindow()),
        story: story.id,
        step: n,
      });
    },
    [story, eventOf, update, currentWindow],
  );

  useEffect(() => {
    if (story && applied.current !== `${story.id}:${stepNumber}`) goTo(stepNumber);
  }, [story, stepNumber, goTo]);

  const setPlaying = useCallback((playing: boolean) => update({ autoplay: playing }), [update]);
  const close = useCallback(() => {
    applied.current = undefined;
    update({ story: undefined, step: 1, autoplay: false, loop: false });
  }, [update]);

  if (!story) return undefined;
  const step = story.steps[stepNumber - 1]!;
  return {
    story,
    stepNumber,
    step,
    count: story.steps.length,
    event: eventOf(step),
    goTo,
    next: () => goTo(stepNumber + 1),
    previous: () => goTo(stepNumber - 1),
    close,
    playing: state.autoplay,
    setPlaying,
  };
}
