import { DatasetFileRejected, type LoadProgress } from '../data/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from './ErrorAlert';
import { LoadingState } from './LoadingState';

interface LoadStatusProps {
  readonly pending: boolean;
  readonly error: unknown;
  readonly progress: LoadProgress | undefined;
  readonly onRetry: () => void;
  readonly retrying: boolean;
}

/** While a dataset loads, its progress; when loading failed, what went wrong and Retry. */
export function LoadStatus({ pending, error, progress, onRetry, retrying }: LoadStatusProps) {
  const { messages } = useI18n();
  if (pending) return <LoadingState progress={progress} />;
  if (!error) return null;
  return (
    <ErrorAlert
      title={
        error instanceof DatasetFileRejected ? messages.fileRejectedTitle : messages.loadFailedTitle
      }
      message={error instanceof Error ? error.message : String(error)}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}
