import { useId, useRef } from 'react';
import { openLocalDataset } from '../../data/local-dataset';
import { useI18n } from '../../i18n/i18n-context';
import './open-file.css';

// Every format the app reads is told apart by its content, so the picker offers them all and
// lets a person pick any file (a GDELT export is "….export.CSV" but tab-separated).
const ACCEPT =
  '.json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain';

/** "Open file": a dataset from this device, read in the browser, never uploaded. */
export function OpenFile() {
  const { messages } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const descriptionId = useId();
  return (
    <span className="open-file">
      <button
        type="button"
        className="text-button"
        aria-describedby={descriptionId}
        onClick={() => input.current?.click()}
      >
        {messages.openFile}
      </button>
      <span id={descriptionId} className="visually-hidden">
        {messages.openFileDescription}
      </span>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) openLocalDataset(file);
          // The same file chosen again (after editing it) is read again.
          event.currentTarget.value = '';
        }}
      />
    </span>
  );
}
