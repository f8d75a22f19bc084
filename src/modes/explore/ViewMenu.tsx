import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { THEMES, type Theme } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';
import './view-menu.css';

// The dialogs load when first opened: none of their code is in the first download.
const EmbedDialog = lazy(() =>
  import('../embed/EmbedDialog').then((module) => ({ default: module.EmbedDialog })),
);
const ExportDialog = lazy(() =>
  import('../export/ExportDialog').then((module) => ({ default: module.ExportDialog })),
);

type OpenDialog = 'embed' | 'export' | undefined;

/** How the page looks and what else it can do with the current view. */
export function ViewMenu() {
  const { messages } = useI18n();
  const { state, update } = useUrlState();
  const [dialog, setDialog] = useState<OpenDialog>();
  const closeDialog = () => setDialog(undefined);
  return (
    <div className="view-menu">
      <label className="inline-field">
        <span>{messages.theme}</span>
        <select
          value={state.theme ?? ''}
          onChange={(event) => {
            const value = THEMES.find((theme) => theme === event.target.value);
            update({ theme: value satisfies Theme | undefined });
          }}
        >
          <option value="">{messages.themeAuto}</option>
          <option value="light">{messages.themeLight}</option>
          <option value="dark">{messages.themeDark}</option>
          <option value="contrast">{messages.themeContrast}</option>
        </select>
      </label>
      <button
        type="button"
        className="text-button"
        // A history entry of its own: Back leaves the presentation.
        onClick={() => update({ present: true }, 'push')}
      >
        {messages.present}
      </button>
      <button
        type="button"
        className="text-button"
        aria-haspopup="dialog"
        onClick={() => setDialog('embed')}
      >
        {messages.embed}
      </button>
      <button
        type="button"
        className="text-button"
        aria-haspopup="dialog"
        onClick={() => setDialog('export')}
      >
        {messages.exportImage}
      </button>
      <Suspense fallback={null}>
        {dialog === 'embed' && <EmbedDialog onClose={closeDialog} />}
        {dialog === 'export' && <ExportDialog onClose={closeDialog} />}
      </Suspense>
    </div>
  );
}
