import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import './modal-dialog.css';

interface ModalDialogProps {
  readonly title: string;
  /** Called once the dialog has closed (Escape, the close button, or `close()`). */
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A native modal <dialog>: the browser traps focus inside, closes it on Escape, makes the page
 * behind inert and returns focus to the control that opened it.
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const { messages } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      // Escape belongs to the dialog: the page behind must not also act on it (close an event's
      // details, say), nor cancel the dialog's own closing by handling it first.
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <div className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={messages.close}
          title={messages.close}
          onClick={() => ref.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </dialog>
  );
}
