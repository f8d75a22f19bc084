import { useEffect, useRef, useState } from 'react';
import { revealEvent } from '../../domain/time-window';
import type { Dataset } from '../../domain/types';
import { useUrlState } from '../../state/use-url-state';
import {
  type EmbedPlace,
  readSyncRequest,
  samePlace,
  stateMessage,
  storyPlaceOf,
} from './host-sync-protocol';

/**
 * The embed's side of the host sync (public/embed.js, `data-bilateral-sync`): once the host page
 * asks, it opens the event or story step the host's address names, and from then on tells that
 * host where it is, so the host keeps its address in step. A host that does not ask is told
 * nothing, and nothing is taken from any window but this frame's parent.
 */
export function useHostSync(dataset: Dataset | undefined): void {
  const { state, update } = useUrlState();
  const [hostOrigin, setHostOrigin] = useState<string | undefined>();
  const [request, setRequest] = useState<EmbedPlace | undefined>();
  const told = useRef<EmbedPlace | undefined>(undefined);
  /** The host has asked before: an address naming no place now means the reader left it. */
  const answered = useRef(false);

  useEffect(() => {
    if (window.parent === window) return;
    const onMessage = (message: MessageEvent) => {
      if (message.source !== window.parent) return;
      const asked = readSyncRequest(message.data);
      if (!asked) return;
      // An opaque origin ("null", a sandboxed host) cannot be addressed; anything else can be.
      setHostOrigin(message.origin === 'null' ? '*' : message.origin);
      setRequest(asked);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  // The host's request is carried out once the events are known (an unknown id is ignored).
  useEffect(() => {
    if (!request || !dataset) return;
    setRequest(undefined);
    told.current = undefined;
    if (request.story !== undefined) {
      showStoryStep(request.story, request.step ?? 1);
      return;
    }
    const first = !answered.current;
    answered.current = true;
    // The host's address names no place any more (its Back, a link to "#"): close the event. On
    // the first request an empty address only means the host has none yet: the embed's own
    // start (its `event` parameter) stands, and the host is told of it.
    if (request.event === undefined) {
      if (!first && state.event !== undefined) update({ event: undefined });
      return;
    }
    if (request.event === state.event) return;
    const event = dataset.events.find((e) => e.id === request.event);
    if (!event) return;
    update({ event: event.id, window: state.window && revealEvent(state.window, event) });
  }, [request, dataset, state.event, state.window, update]);

  // Where the embed is, said to the host each time it changes (and once when the host asks).
  useEffect(() => {
    if (hostOrigin === undefined || request || !dataset) return;
    const place = { event: state.event, ...storyPlaceOf(window.location.search) };
    if (told.current && samePlace(told.current, place)) return;
    told.current = place;
    window.parent.postMessage(stateMessage(place), hostOrigin);
  }, [hostOrigin, request, dataset, state]);
}

/**
 * Puts a story and step in this page's address (BRIEF.md's `story`, `step`), where the stories
 * read them, and tells the page's URL readers, as Back and Forward do.
 */
function showStoryStep(story: string, step: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set('story', story);
  url.searchParams.set('step', String(step));
  url.searchParams.delete('event');
  window.history.replaceState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
