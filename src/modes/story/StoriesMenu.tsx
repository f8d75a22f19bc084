import { useEffect, useId, useRef, useState } from 'react';
import type { Story } from '../../domain/types';
import { formatNumber } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import './story.css';

interface StoriesMenuProps {
  readonly stories: readonly Story[];
  readonly textLang: string | undefined;
  readonly onOpen: (id: string) => void;
}

/** "Stories": the dataset's guided tours, each opened at its first step. */
export function StoriesMenu({ stories, textLang, onOpen }: StoriesMenuProps) {
  const { locale, messages } = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus({ preventScroll: true });
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (stories.length === 0) return null;
  return (
    <div className="stories-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="text-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {messages.stories}
      </button>
      <div id={listId} className="stories-popover" hidden={!open}>
        <p className="stories-intro">{messages.storiesIntro}</p>
        <ul className="stories-list" aria-label={messages.stories}>
          {stories.map((story) => (
            <li key={story.id}>
              <button
                type="button"
                className="story-choice"
                onClick={() => {
                  setOpen(false);
                  onOpen(story.id);
                }}
              >
                <span className="story-choice-title" lang={textLang} dir="auto">
                  {story.title}
                </span>
                {story.description && (
                  <span className="story-choice-description" lang={textLang} dir="auto">
                    {story.description}
                  </span>
                )}
                <span className="story-choice-steps">
                  {messages.storySteps(formatNumber(story.steps.length, locale))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
