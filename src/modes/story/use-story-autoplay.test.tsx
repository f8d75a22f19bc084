// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Story } from '../../domain/types';
import type { StoryController } from './use-story';
import { PLAY_CONTROL_ATTRIBUTE, useStoryAutoplay } from './use-story-autoplay';

const story: Story = {
  id: 'tour',
  title: 'Tour',
  description: undefined,
  steps: [1, 2, 3].map((n) => ({
    event: undefined,
    caption: `Step ${n}`,
    from: '2013',
    to: '2014',
    filters: {},
    lanes: undefined,
    durationMs: 60_000,
  })),
};

/** A story with real playing state and a Play/Pause button, as the panel and presenter have. */
function Player() {
  const [playing, setPlaying] = useState(true);
  const [stepNumber, setStepNumber] = useState(1);
  const step = story.steps[stepNumber - 1];
  if (!step) throw new Error('no step');
  const controller: StoryController = {
    story,
    stepNumber,
    step,
    count: story.steps.length,
    event: undefined,
    goTo: setStepNumber,
    next: () => setStepNumber((n) => n + 1),
    previous: () => setStepNumber((n) => n - 1),
    close: () => {},
    playing,
    setPlaying,
  };
  useStoryAutoplay(controller, false);
  return (
    <>
      <button
        type="button"
        onClick={() => setPlaying(!playing)}
        {...{ [PLAY_CONTROL_ATTRIBUTE]: '' }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button">Elsewhere</button>
    </>
  );
}

afterEach(cleanup);

describe('useStoryAutoplay', () => {
  it('Space or Enter on Pause pauses (the key is the button’s press, not a takeover)', async () => {
    const user = userEvent.setup();
    render(<Player />);
    screen.getByRole('button', { name: 'Pause' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    // K on the focused button still pauses and plays.
    await user.keyboard('k');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('a key pressed elsewhere pauses a playing story, and K plays it again', async () => {
    const user = userEvent.setup();
    render(<Player />);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    await user.keyboard('k');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });
});
