import { useEffect, useRef } from 'react';
import { isPlayPauseKey, nextAutoplayStep, stepDurationMs, takesOver } from './story-autoplay';
import type { StoryController } from './use-story';

/** Marks the play/pause control: pressing it is not "a person taking over". */
export const PLAY_CONTROL_ATTRIBUTE = 'data-story-play';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * Plays a story by itself while `autoplay` is on: each step stays its durationMs, then the next
 * (from the first again with `loop`), stopping at the end. K pauses and plays; a person who takes
 * over (a key, a press, the wheel) pauses it, so the story never moves under their hands.
 */
export function useStoryAutoplay(controller: StoryController | undefined, loop: boolean): void {
  const latest = useRef(controller);
  latest.current = controller;
  const playing = controller?.playing ?? false;
  const stepNumber = controller?.stepNumber;
  const storyId = controller?.story.id;

  // Each step (of each story) starts its own timer; the step is read through `latest`.
  // biome-ignore lint/correctness/useExhaustiveDependencies: stepNumber and storyId restart the timer
  useEffect(() => {
    const story = latest.current;
    if (!playing || !story) return;
    const timer = window.setTimeout(() => {
      const now = latest.current;
      if (!now) return;
      const next = nextAutoplayStep(now.stepNumber, now.count, loop);
      if (next === undefined) now.setPlaying(false);
      else now.goTo(next);
    }, stepDurationMs(story.step));
    return () => window.clearTimeout(timer);
  }, [playing, stepNumber, storyId, loop]);

  useEffect(() => {
    if (storyId === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      const story = latest.current;
      if (!story || event.defaultPrevented || isTyping(event.target)) return;
      // Space or Enter on the Play/Pause button is that button's own press: taking it as a person
      // taking over would pause first, and the button's click would then play again. K there
      // still plays and pauses.
      if (onPlayControl(event.target) && (event.key === ' ' || event.key === 'Enter')) return;
      if (isPlayPauseKey(event)) {
        event.preventDefault();
        story.setPlaying(!story.playing);
      } else if (story.playing && takesOver(event)) story.setPlaying(false);
    };
    const onPointer = (event: Event) => {
      const story = latest.current;
      if (!story?.playing || onPlayControl(event.target)) return;
      story.setPlaying(false);
    };
    // Capture: the person's key pauses before any handler acts on it.
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('wheel', onPointer, { capture: true, passive: true });
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('wheel', onPointer, true);
    };
  }, [storyId]);
}

function onPlayControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${PLAY_CONTROL_ATTRIBUTE}]`) !== null;
}
