import type { TimeWindow } from '../../domain/time-window';
import { formatPeriod } from '../../i18n/format-period';
import { useI18n } from '../../i18n/i18n-context';

interface TimelineToolbarProps {
  readonly window: TimeWindow;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onShowAll: () => void;
}

export function TimelineToolbar({ window, onZoomIn, onZoomOut, onShowAll }: TimelineToolbarProps) {
  const { locale, messages } = useI18n();
  return (
    <div className="timeline-toolbar">
      <p className="timeline-window">
        {formatPeriod(window.startMs, window.endMs - 1, locale, messages.dateWords)}
      </p>
      <div className="toolbar-buttons">
        <button
          type="button"
          className="icon-button"
          onClick={onZoomIn}
          aria-label={messages.zoomIn}
          title={messages.zoomIn}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onZoomOut}
          aria-label={messages.zoomOut}
          title={messages.zoomOut}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="text-button" onClick={onShowAll}>
          {messages.showAll}
        </button>
      </div>
    </div>
  );
}
