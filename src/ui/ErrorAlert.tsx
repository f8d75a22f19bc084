import { revealControls } from '../domain/reveal-controls';
import { useI18n } from '../i18n/i18n-context';

interface ErrorAlertProps {
  readonly title: string;
  readonly message: string;
  readonly onRetry?: () => void;
  readonly retrying?: boolean;
}

export function ErrorAlert({ title, message, onRetry, retrying = false }: ErrorAlertProps) {
  const { messages } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title}</p>
      <p>{revealControls(message)}</p>
      {onRetry && (
        <button type="button" className="text-button" onClick={onRetry} disabled={retrying}>
          {messages.retry}
        </button>
      )}
    </div>
  );
}
