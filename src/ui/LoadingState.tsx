import type { LoadProgress } from '../data/dataset-query';
import { useI18n } from '../i18n/i18n-context';

function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/**
 * What a person sees while the dataset arrives: bytes of total where known, then how far the
 * events are checked (by the file's bytes until the whole file is scanned and they are counted).
 */
export function LoadingState({ progress }: { progress: LoadProgress | undefined }) {
  const { locale, messages } = useI18n();
  const download = progress?.phase === 'download' ? progress.download : undefined;
  const prepare = progress?.phase === 'prepare' && progress.eventsTotal > 0 ? progress : undefined;
  const label =
    progress?.phase === 'prepare'
      ? prepare
        ? messages.preparingCount(
            formatCount(prepare.eventsDone, locale),
            formatCount(prepare.eventsTotal, locale),
          )
        : messages.preparing
      : download
        ? messages.loadingBytes(
            formatBytes(download.receivedBytes, locale),
            download.totalBytes === undefined
              ? undefined
              : formatBytes(download.totalBytes, locale),
          )
        : messages.loading;
  const fraction =
    progress?.phase === 'prepare'
      ? progress.fraction
      : download?.totalBytes
        ? download.receivedBytes / download.totalBytes
        : undefined;
  const determinate = fraction !== undefined;
  return (
    <div className="loading" role="status">
      <p>{label}</p>
      <div
        className={`progress${determinate ? '' : ' is-indeterminate'}`}
        role="progressbar"
        aria-label={messages.loading}
        aria-valuemin={determinate ? 0 : undefined}
        aria-valuemax={determinate ? 100 : undefined}
        aria-valuenow={fraction === undefined ? undefined : Math.round(fraction * 100)}
      >
        <div
          className="progress-bar"
          style={fraction === undefined ? undefined : { width: `${fraction * 100}%` }}
        />
      </div>
    </div>
  );
}
