import { serializeUrlState, type UrlState } from '../../state/url-state';

/** The same view outside the frame: everything in the URL state except embed mode. */
export function fullViewHref(state: UrlState, pathname: string): string {
  return `${pathname}${serializeUrlState({ ...state, embed: false, present: false })}`;
}
