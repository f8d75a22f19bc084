import { revealEvent, type TimeWindow } from '../domain/time-window';
import type { Story, StoryStep, TimelineEvent } from '../domain/types';
import { LANE_MODES, parseWindow, type UrlState } from './url-state';

// What a story step does to the view: the URL state it sets. A step is an authored view, so it
// sets every filter (those it does not name are cleared: a filter left from before must not hide
// the step's event) and the search; lanes change only when the step names them.

/** The step's window: from/to as the URL reads them; one bound alone stands for its period. */
export function stepWindow(step: StoryStep): TimeWindow | undefined {
  if (step.from === undefined && step.to === undefined) return undefined;
  return parseWindow(step.from ?? step.to, step.to ?? step.from);
}

export function storyStepChange(
  step: StoryStep,
  event: TimelineEvent | undefined,
  currentWindow: TimeWindow,
): Partial<UrlState> {
  // With no window of its own, the step moves the view the least that shows its event, as
  // opening an event from the list does.
  const window = stepWindow(step) ?? (event ? revealEvent(currentWindow, event) : currentWindow);
  const lanes = LANE_MODES.find((mode) => mode === step.lanes);
  const f = step.filters;
  return {
    event: event?.id,
    window,
    q: f.q ?? '',
    type: f.type ?? [],
    party: f.party ?? [],
    host: f.host ?? [],
    tag: f.tag ?? [],
    series: f.series ?? [],
    status: f.status ?? [],
    era: [],
    ...(lanes ? { lanes } : {}),
  };
}

/** The step the URL names (1-based), kept within the story. */
export function clampStep(story: Story, step: number): number {
  return Math.min(Math.max(1, Math.round(step)), story.steps.length);
}
