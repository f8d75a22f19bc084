import { useI18n } from '../../i18n/i18n-context';
import { THEMES, type Theme } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';

/** How the page looks and what else it can do with the current view. */
export function ViewMenu() {
  const { messages } = useI18n();
  const { state, update } = useUrlState();
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
    </div>
  );
}
