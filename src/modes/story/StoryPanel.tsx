import { type KeyboardEvent, useState } from 'react';
import { directionOf } from '../../i18n/choose-language';
import { formatNumber } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import { copyText } from '../../panel/copy-text';
import type { StoryController } from './use-story';
import { PLAY_CONTROL_ATTRIBUTE } from './use-story-autoplay';
import './story.css';

interface StoryPanelProps {
  readonly controller: StoryController;
  /** Language of the dataset's text (captions are written in it). */
  readonly textLang: string | undefined;
  /** The link to a step of this story, in the full view. */
  readonly stepHref: (stepNumber: number) => string;
}

/**
 * A story in the explorer (and in an embed): its caption, Previous/Next with "Step 3 of 8", and
 * a polite announcement of each step. It never takes focus: in an embed the host page keeps it.
 */
export function StoryPanel({ controller, textLang, stepHref }: StoryPanelProps) {
  const { locale, messages } = useI18n();
  const { story, step, stepNumber, count, event } = controller;
  const [copied, setCopied] = useState('');
  const rtl = directionOf(locale) === 'rtl';
  const stepText = messages.storyStep(
    formatNumber(stepNumber, locale),
    formatNumber(count, locale),
  );
  const eventTitle = event ? (event.i18n[locale]?.title ?? event.title) : '';
  const announcement = messages.storyAnnouncement(stepText, step.caption ?? '', eventTitle);

  // Arrows step in the reading direction: on a right-to-left page, Left is "next".
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const target =
      e.key === forward || e.key === 'PageDown'
        ? stepNumber + 1
        : e.key === back || e.key === 'PageUp'
          ? stepNumber - 1
          : e.key === 'Home'
            ? 1
            : e.key === 'End'
              ? count
              : undefined;
    if (target === undefined) return;
    e.preventDefault();
    controller.goTo(target);
  };

  const copyLink = async () => {
    const href = new URL(stepHref(stepNumber), document.baseURI).href;
    setCopied((await copyText(href)) ? messages.linkCopied : messages.copyFailed);
  };

  return (
    <section
      className="story-panel"
      aria-label={`${messages.storyLabel}: ${story.title}`}
      onKeyDown={onKeyDown}
    >
      <div className="story-text">
        <p className="story-kicker">
          <span>{messages.storyLabel}</span>
          <span className="story-count">{stepText}</span>
        </p>
        <h2 className="story-title" lang={textLang} dir="auto">
          {story.title}
        </h2>
        {step.caption && (
          <p className="story-caption" lang={textLang} dir="auto">
            {step.caption}
          </p>
        )}
        {!event && <p className="story-window-only">{messages.storyWindowOnly}</p>}
      </div>
      <div className="story-nav">
        <button
          type="button"
          className="text-button"
          aria-label={messages.previousStepName}
          disabled={stepNumber <= 1}
          onClick={controller.previous}
        >
          <span aria-hidden="true">{rtl ? '→' : '←'}</span> {messages.previousStep}
        </button>
        <button
          type="button"
          className="text-button"
          aria-label={messages.nextStepName}
          disabled={stepNumber >= count}
          onClick={controller.next}
        >
          {messages.nextStep} <span aria-hidden="true">{rtl ? '←' : '→'}</span>
        </button>
        <button
          type="button"
          className="text-button"
          aria-pressed={controller.playing}
          {...{ [PLAY_CONTROL_ATTRIBUTE]: '' }}
          aria-label={controller.playing ? messages.pauseStoryName : messages.playStoryName}
          onClick={() => controller.setPlaying(!controller.playing)}
        >
          {controller.playing ? messages.pauseStory : messages.playStory}
        </button>
        <button type="button" className="text-button" onClick={copyLink}>
          {messages.copyStepLink}
        </button>
        <button type="button" className="text-button" onClick={controller.close}>
          {messages.closeStory}
        </button>
        <span className="story-copied" role="status">
          {copied}
        </span>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
