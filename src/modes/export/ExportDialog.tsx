import { useMemo, useState } from 'react';
import type { LoadedDataset } from '../../data/dataset-query';
import { useDataset } from '../../data/use-dataset';
import { fitWindow } from '../../domain/time-window';
import { formatNumber } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n-context';
import { useMatchingEvents } from '../../state/use-matching-events';
import { useUrlState } from '../../state/use-url-state';
import { ModalDialog } from '../dialog/ModalDialog';
import { exportTimelineImage, type ImageFormat } from './export-image';
import { formatWindowDays } from './format-window-days';

/** PNG or SVG of the timeline as the URL describes it: its window and its matching events. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { messages } = useI18n();
  const { state } = useUrlState();
  const { query } = useDataset(state.data);
  return (
    <ModalDialog title={messages.exportDialogTitle} onClose={onClose}>
      {query.data ? <ExportChoices loaded={query.data} /> : <p>{messages.loading}</p>}
    </ModalDialog>
  );
}

type ExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed' };

function ExportChoices({ loaded }: { loaded: LoadedDataset }) {
  const { locale, messages } = useI18n();
  const { state } = useUrlState();
  const { dataset } = loaded;
  const matching = useMatchingEvents(dataset, state);
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });

  // Without a window in the URL the view shows every event, as the explorer's "Show all" does.
  const window = useMemo(() => {
    if (state.window) return state.window;
    const first = dataset.events[0];
    if (!first) return fitWindow(Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1));
    let lastMs = first.endMs;
    for (const event of dataset.events) lastMs = Math.max(lastMs, event.endMs);
    return fitWindow(first.startMs, lastMs);
  }, [state.window, dataset]);
  const visibleCount = matching.events.filter(
    (e) => e.endMs > window.startMs && e.startMs < window.endMs,
  ).length;
  const ready = !matching.indexing;

  const run = async (format: ImageFormat) => {
    setStatus({ kind: 'busy' });
    try {
      const fileName = await exportTimelineImage(
        {
          dataset,
          lanes: state.lanes,
          events: matching.events,
          window,
          showEras: state.eras,
          locale,
          messages,
        },
        format,
      );
      setStatus({ kind: 'done', fileName });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <>
      <p>
        {messages.exportIntro(
          formatWindowDays(window, locale, messages.dateWords),
          formatNumber(visibleCount, locale),
        )}
      </p>
      <div className="modal-actions">
        <button
          type="button"
          className="text-button is-primary"
          disabled={!ready || status.kind === 'busy'}
          onClick={() => run('png')}
        >
          {messages.downloadPng}
        </button>
        <button
          type="button"
          className="text-button"
          disabled={!ready || status.kind === 'busy'}
          onClick={() => run('svg')}
        >
          {messages.downloadSvg}
        </button>
      </div>
      <p className="modal-status" role="status">
        {status.kind === 'busy'
          ? messages.exporting
          : status.kind === 'done'
            ? messages.exported(status.fileName)
            : status.kind === 'failed'
              ? messages.exportFailed
              : ''}
      </p>
    </>
  );
}
