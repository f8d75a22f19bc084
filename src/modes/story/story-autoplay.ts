import type { StoryStep } from '../../domain/types';

// A story that plays by itself: how long each step stays, and where it goes next. Pure, so the
// timing rules are tested without a clock; use-story-autoplay.ts runs them on timers.

/** A step with no durationMs of its own stays this long: time to read a caption aloud. */
export const DEFAULT_STEP_MS = 8000;

export function stepDurationMs(step: StoryStep | undefined): number {
  return step?.durationMs ?? DEFAULT_STEP_MS;
}

/**
 * The step (1-based) after `stepNumber` when playing by itself: the next one, the first again
 * after the last when looping (a kiosk), or undefined when the story has ended.
 */
export function nextAutoplayStep(
  stepNumber: number,
  count: number,
  loop: boolean,
): number | undefined {
  if (count <= 0) return undefined;
  if (stepNumber < count) return stepNumber + 1;
  return loop && count > 1 ? 1 : undefined;
}

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** K pauses and plays (Space stays "next", as clickers send it). */
export function isPlayPauseKey(press: KeyLike): boolean {
  return (
    (press.key === 'k' || press.key === 'K') && !press.ctrlKey && !press.metaKey && !press.altKey
  );
}

/**
 * Whether a key press means a person is taking over a playing story: any key but K and the
 * modifier keys on their own (holding Shift to read a tooltip is not taking over).
 */
export function takesOver(press: KeyLike): boolean {
  if (isPlayPauseKey(press)) return false;
  return !['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Tab'].includes(press.key);
}
