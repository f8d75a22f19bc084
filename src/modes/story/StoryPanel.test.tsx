// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEvent } from '../../domain/test-event';
import type { Story, StoryStep } from '../../domain/types';
import { I18nProvider } from '../../i18n/i18n-context';
import { en } from '../../i18n/messages-en';
import { ur } from '../../i18n/messages-ur';
import { StoryPanel } from './StoryPanel';
import type { StoryController } from './use-story';

afterEach(cleanup);

const step = (caption: string, event?: string): StoryStep => ({
  event: event as StoryStep['event'],
  caption,
  from: '2013',
  to: '2015',
  filters: {},
  lanes: undefined,
  durationMs: undefined,
});

const story: Story = {
  id: 'tour',
  title: 'A tour',
  description: undefined,
  steps: [step('First words.', 'a'), step('Second words.'), step('Third words.', 'c')],
};

function controller(stepNumber: number, overrides: Partial<StoryController> = {}) {
  return {
    story,
    stepNumber,
    step: story.steps[stepNumber - 1]!,
    count: 3,
    event: stepNumber === 2 ? undefined : testEvent(stepNumber === 1 ? 'a' : 'c', '2014'),
    goTo: vi.fn(),
    next: vi.fn(),
    previous: vi.fn(),
    close: vi.fn(),
    playing: false,
    setPlaying: vi.fn(),
    ...overrides,
  } satisfies StoryController;
}

const panel = (c: StoryController, language: 'en' | 'ur' = 'en') =>
  render(
    <I18nProvider value={{ locale: language, messages: language === 'en' ? en : ur }}>
      <StoryPanel controller={c} textLang="en" stepHref={(n) => `?story=tour&step=${n}`} />
    </I18nProvider>,
  );

describe('StoryPanel', () => {
  it('shows the caption and where the reader is, and announces the step with its event', () => {
    panel(controller(1));
    const region = screen.getByRole('region', { name: 'Story: A tour' });
    expect(region.textContent).toContain('Step 1 of 3');
    expect(region.textContent).toContain('First words.');
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Next step' })).toHaveProperty('disabled', false);
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Step 1 of 3. First words. a.',
    );
  });

  it('steps with its buttons, and with the arrow keys in the reading direction', async () => {
    const user = userEvent.setup();
    const c = controller(2);
    panel(c);
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(c.next).toHaveBeenCalledOnce();
    await user.keyboard('{ArrowRight}');
    expect(c.goTo).toHaveBeenLastCalledWith(3);
    await user.keyboard('{ArrowLeft}');
    expect(c.goTo).toHaveBeenLastCalledWith(1);
    await user.keyboard('{End}');
    expect(c.goTo).toHaveBeenLastCalledWith(3);
  });

  it('on a right-to-left page, Left is the next step', async () => {
    const user = userEvent.setup();
    const c = controller(2);
    panel(c, 'ur');
    await user.click(screen.getByRole('button', { name: ur.previousStepName }));
    await user.keyboard('{ArrowLeft}');
    expect(c.goTo).toHaveBeenLastCalledWith(3);
  });

  it('plays and pauses with one button that says which it will do', async () => {
    const user = userEvent.setup();
    const c = controller(1, { playing: true });
    panel(c);
    await user.click(screen.getByRole('button', { name: 'Pause the story' }));
    expect(c.setPlaying).toHaveBeenCalledWith(false);
  });
});
