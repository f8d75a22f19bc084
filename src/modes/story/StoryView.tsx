import type { TimeWindow } from '../../domain/time-window';
import type { Dataset } from '../../domain/types';
import { useI18n } from '../../i18n/i18n-context';
import type { UrlState } from '../../state/url-state';
import type { NavigateMode } from '../../state/use-url-state';
import { StoryPanel } from './StoryPanel';
import { useStory } from './use-story';
import { useStoryAutoplay } from './use-story-autoplay';

interface StoryViewProps {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly update: (change: Partial<UrlState>, mode?: NavigateMode) => void;
  /** The visible window now (a step without a window moves the view from it). */
  readonly currentWindow: () => TimeWindow;
  readonly stepHref: (stepNumber: number) => string;
}

/**
 * The story the URL opens, in the explorer or an embed: its panel, its autoplay, or a message
 * when the dataset has no such story. Loaded only when a story is open.
 */
export function StoryView({ dataset, state, update, currentWindow, stepHref }: StoryViewProps) {
  const { messages } = useI18n();
  const story = useStory(dataset, state, update, currentWindow);
  useStoryAutoplay(story, state.loop);
  if (!story) {
    return (
      <div className="alert alert-warning" role="alert">
        <p>{messages.unknownStory(state.story ?? '')}</p>
      </div>
    );
  }
  return <StoryPanel controller={story} textLang={dataset.language} stepHref={stepHref} />;
}
