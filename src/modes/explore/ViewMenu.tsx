import {
  type FocusEvent,
  type KeyboardEvent,
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { THEMES, type Theme } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';
import { LanguageMenu } from './LanguageMenu';
import { OpenFile } from './OpenFile';
import { useMediaQuery } from './use-media-query';

// The dialogs load when first opened: none of their code is in the first download.
const EmbedDialog = lazy(() =>
  import('../embed/EmbedDialog').then((module) => ({ default: module.EmbedDialog })),
);
const ExportDialog = lazy(() =>
  import('../export/ExportDialog').then((module) => ({ default: module.ExportDialog })),
);

type OpenDialog = 'embed' | 'export' | undefined;

/**
 * Below this width the header's controls do not fit on one line beside the title (Urdu's labels
 * are the longest), so they fold under one Menu button and the timeline keeps the screen.
 */
export const HEADER_COLLAPSES = '(max-width: 1199px)';

/** Language, theme, and what else the page can do with the current view: present, embed, export. */
export function ViewMenu() {
  const { messages } = useI18n();
  const { state, update } = useUrlState();
  const collapsed = useMediaQuery(HEADER_COLLAPSES);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // A menu left open on a wide window must not reappear open when the window narrows again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of `collapsed`
  useEffect(() => setOpen(false), [collapsed]);

  // A press anywhere else closes the menu, as a menu does.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const closeAndRefocus = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const openDialog = (which: Exclude<OpenDialog, undefined>) => {
    // The dialog hands focus back to whatever had it when it opened; the button that opened it
    // is about to be hidden with the menu, so the Menu button takes focus first.
    if (collapsed) closeAndRefocus();
    setDialog(which);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Escape closes the menu only, not also the open event's details behind it.
    event.preventDefault();
    event.stopPropagation();
    closeAndRefocus();
  };

  // Tabbing out of the menu closes it, so it never covers the page for a keyboard user.
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !rootRef.current?.contains(next)) setOpen(false);
  };

  const controls = (
    <>
      <LanguageMenu />
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
      <OpenFile />
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
        onClick={() => openDialog('embed')}
      >
        {messages.embed}
      </button>
      <button
        type="button"
        className="text-button"
        aria-haspopup="dialog"
        onClick={() => openDialog('export')}
      >
        {messages.exportImage}
      </button>
    </>
  );

  const closeDialog = () => setDialog(undefined);
  const dialogs = (
    <Suspense fallback={null}>
      {dialog === 'embed' && <EmbedDialog onClose={closeDialog} />}
      {dialog === 'export' && <ExportDialog onClose={closeDialog} />}
    </Suspense>
  );

  if (!collapsed) {
    return (
      <div className="view-menu">
        {controls}
        {dialogs}
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus leaving are caught here for the button and the panel together; each control inside is itself interactive
    <div className="header-menu" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="text-button menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="menu-icon" aria-hidden="true" />
        {messages.menu}
      </button>
      <div id={panelId} className="view-menu menu-panel" hidden={!open}>
        {controls}
      </div>
      {dialogs}
    </div>
  );
}
