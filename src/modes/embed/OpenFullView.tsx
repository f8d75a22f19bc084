import { useI18n } from '../../i18n/i18n-context';
import { useUrlState } from '../../state/use-url-state';
import { fullViewHref } from './full-view-href';
import './embed.css';

/** The way out of an embed, into the whole explorer in a new tab, keeping the view. */
export function OpenFullView() {
  const { messages } = useI18n();
  const { state } = useUrlState();
  return (
    <p className="open-full-view">
      <a href={fullViewHref(state, window.location.pathname)} target="_blank" rel="noopener">
        {messages.openFullView}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {messages.opensInNewTab}</span>
      </a>
    </p>
  );
}
