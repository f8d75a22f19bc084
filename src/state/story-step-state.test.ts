import { describe, expect, it } from 'vitest';
import { testEvent } from '../domain/test-event';
import type { Story, StoryStep } from '../domain/types';
import { clampStep, stepWindow, storyStepChange } from './story-step-state';

const step = (fields: Partial<StoryStep>): StoryStep => ({
  event: undefined,
  caption: undefined,
  from: undefined,
  to: undefined,
  filters: {},
  lanes: undefined,
  durationMs: undefined,
  ...fields,
});

const decade = { startMs: Date.UTC(2010, 0, 1), endMs: Date.UTC(2020, 0, 1) };

describe('storyStepChange', () => {
  it('opens the event in the step window, sets its filters and clears the others', () => {
    const event = testEvent('jcc-1', '2013-08-27');
    const change = storyStepChange(
      step({ from: '2013', to: '2015-06', filters: { series: ['cpec-jcc'] }, lanes: 'series' }),
      event,
      decade,
    );
    expect(change).toEqual({
      event: 'jcc-1',
      window: { startMs: Date.UTC(2013, 0, 1), endMs: Date.UTC(2015, 6, 1) },
      q: '',
      type: [],
      party: [],
      host: [],
      tag: [],
      series: ['cpec-jcc'],
      status: [],
      era: [],
      lanes: 'series',
    });
  });

  it('moves the view the least that shows the event when the step names no window', () => {
    // Already in view: the window stays.
    expect(storyStepChange(step({}), testEvent('e', '2015-07-02'), decade).window).toBe(decade);
    // Before it: the same span, moved back just far enough.
    const window = storyStepChange(step({}), testEvent('e', '2001-07-02'), decade).window!;
    expect(window.endMs - window.startMs).toBe(decade.endMs - decade.startMs);
    expect(window.startMs).toBeLessThan(Date.UTC(2001, 6, 2));
    expect(window.endMs).toBeLessThan(decade.endMs);
  });

  it('keeps the lanes when the step does not name known ones', () => {
    expect(storyStepChange(step({ lanes: 'sideways' }), undefined, decade)).not.toHaveProperty(
      'lanes',
    );
  });

  it('reads one bound alone as its whole period', () => {
    expect(stepWindow(step({ from: '1951' }))).toEqual({
      startMs: Date.UTC(1951, 0, 1),
      endMs: Date.UTC(1952, 0, 1),
    });
    expect(stepWindow(step({}))).toBeUndefined();
  });
});

describe('clampStep', () => {
  const story: Story = { id: 's', title: 'S', description: undefined, steps: [step({}), step({})] };
  it.each([
    [1, 1],
    [2, 2],
    [9, 2],
    [0, 1],
  ])('step %i of a two-step story is %i', (asked, shown) => {
    expect(clampStep(story, asked)).toBe(shown);
  });
});
