import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface PresenterBarProps {
  readonly title: string;
  /** Language of the dataset's text, for the title. */
  readonly lang: string | undefined;
  /** "3 of 12", "Step 3 of 8": read out as it changes. */
  readonly status: string;
  readonly blackout: boolean;
  readonly fullscreen: boolean;
  readonly onBlackout: () => void;
  readonly onFullscreen: () => void;
  readonly onLeave: () => void;
  /** Tools of one presenter view only (a story's Play/Pause), before the shared ones. */
  readonly children?: ReactNode;
}

/** The bar over both presenter views: title, position, blackout, full screen, leave. */
export function PresenterBar(props: PresenterBarProps) {
  const { messages } = useI18n();
  return (
    <header className="present-bar">
      <h1 className="present-dataset" lang={props.lang} dir="auto">
        {props.title}
      </h1>
      <p className="present-status" role="status">
        {props.status}
      </p>
      <div className="present-tools">
        {props.children}
        <button
          type="button"
          className="text-button"
          aria-pressed={props.blackout}
          onClick={props.onBlackout}
        >
          {messages.blackout}
        </button>
        <button type="button" className="text-button" onClick={props.onFullscreen}>
          {props.fullscreen ? messages.exitFullScreen : messages.fullScreen}
        </button>
        <button
          type="button"
          className="text-button"
          aria-label={messages.leavePresenterName}
          onClick={props.onLeave}
        >
          {messages.leavePresenter}
        </button>
      </div>
    </header>
  );
}
