import { useId, useState } from 'react';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n-context';
import { copyText } from '../../panel/copy-text';
import { useUrlState } from '../../state/use-url-state';
import { ModalDialog } from '../dialog/ModalDialog';
import {
  DEFAULT_FRAME_HEIGHT_PX,
  embedScriptUrl,
  embedSnippet,
  embedUrl,
  MAX_FRAME_HEIGHT_PX,
  MIN_FRAME_HEIGHT_PX,
} from './embed-snippet';

/** The code that embeds the current view in another page, ready to copy. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { messages } = useI18n();
  const { state } = useUrlState();
  const { query, local } = useDataset(state.data);
  const codeId = useId();
  const [withScript, setWithScript] = useState(true);
  const [heightPx, setHeightPx] = useState(DEFAULT_FRAME_HEIGHT_PX);
  const [confirmation, setConfirmation] = useState('');

  const appUrl = window.location.href;
  const src = embedUrl(state, appUrl);
  const snippet = embedSnippet({
    src,
    title: messages.embedFrameTitle(query.data?.dataset.title ?? messages.appName),
    heightPx,
    scriptSrc: withScript ? embedScriptUrl(appUrl) : undefined,
  });

  return (
    <ModalDialog title={messages.embedDialogTitle} onClose={onClose}>
      <p>{messages.embedIntro}</p>
      {local && <p role="note">{messages.localFileNoLink}</p>}
      <label className="modal-field" htmlFor={codeId}>
        {messages.embedCode}
        <textarea
          id={codeId}
          readOnly
          rows={6}
          spellCheck={false}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={withScript}
          onChange={(event) => setWithScript(event.target.checked)}
        />
        <span>{messages.embedAutoResize}</span>
      </label>
      <label className="modal-field">
        {messages.embedHeight}
        <input
          type="number"
          inputMode="numeric"
          min={MIN_FRAME_HEIGHT_PX}
          max={MAX_FRAME_HEIGHT_PX}
          step={10}
          value={heightPx}
          onChange={(event) => {
            const value = event.target.valueAsNumber;
            if (Number.isFinite(value)) setHeightPx(value);
          }}
        />
      </label>
      <div className="modal-actions">
        <button
          type="button"
          className="text-button is-primary"
          onClick={async () =>
            setConfirmation((await copyText(snippet)) ? messages.codeCopied : messages.copyFailed)
          }
        >
          {messages.copyCode}
        </button>
        <a href={src} target="_blank" rel="noopener">
          {messages.previewEmbed}
          <span className="visually-hidden"> {messages.opensInNewTab}</span>
        </a>
      </div>
      <p className="modal-status" role="status">
        {confirmation}
      </p>
    </ModalDialog>
  );
}
