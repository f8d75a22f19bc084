import { describe, expect, it } from 'vitest';
import type { StoryStep } from '../../domain/types';
import {
  DEFAULT_STEP_MS,
  isPlayPauseKey,
  nextAutoplayStep,
  stepDurationMs,
  takesOver,
} from './story-autoplay';

const press = (key: string, mods: Partial<{ ctrlKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('nextAutoplayStep', () => {
  it.each([
    [1, 3, false, 2],
    [2, 3, false, 3],
    [3, 3, false, undefined],
    [3, 3, true, 1],
    [1, 1, true, undefined],
    [1, 0, true, undefined],
  ])('after step %i of %i (loop %s) comes %s', (step, count, loop, next) => {
    expect(nextAutoplayStep(step, count, loop)).toBe(next);
  });
});

describe('stepDurationMs', () => {
  it("uses the step's own duration, or the default", () => {
    expect(stepDurationMs({ ...emptyStep, durationMs: 3000 })).toBe(3000);
    expect(stepDurationMs(emptyStep)).toBe(DEFAULT_STEP_MS);
    expect(stepDurationMs(undefined)).toBe(DEFAULT_STEP_MS);
  });
});

describe('keys while playing', () => {
  it('K toggles; other keys take over; modifiers alone and Tab do not', () => {
    expect(isPlayPauseKey(press('k'))).toBe(true);
    expect(isPlayPauseKey(press('K'))).toBe(true);
    expect(isPlayPauseKey(press('k', { ctrlKey: true }))).toBe(false);
    expect(takesOver(press('k'))).toBe(false);
    expect(takesOver(press('ArrowRight'))).toBe(true);
    expect(takesOver(press(' '))).toBe(true);
    expect(takesOver(press('Shift'))).toBe(false);
    expect(takesOver(press('Tab'))).toBe(false);
  });
});

const emptyStep: StoryStep = {
  event: undefined,
  caption: undefined,
  from: '2013',
  to: undefined,
  filters: {},
  lanes: undefined,
  durationMs: undefined,
};
