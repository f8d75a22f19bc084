import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  FACETS,
  type FacetSelection,
  filterPositions,
  hasSelection,
} from '../domain/filter-events';
import {
  bestMatch,
  buildSearchIndex,
  type SearchIndex,
  searchableFields,
  searchEvents,
} from '../domain/search-index';
import type { Dataset, TimelineEvent } from '../domain/types';
import { afterFirstPaint } from '../ui/use-after-first-paint';
import type { UrlState } from './url-state';

export interface MatchingEvents {
  /** Matching events in time order. */
  readonly events: readonly TimelineEvent[];
  /** Search scores by position, when there is a query. */
  readonly searchMatches: ReadonlyMap<number, number> | undefined;
  readonly selection: FacetSelection;
  /** The query the results are for (it trails typing a little on very large datasets). */
  readonly query: string;
  readonly indexing: boolean;
  /** Position (in dataset.events) of the best match for `text` among the filtered events. */
  readonly bestMatchNow: (text: string) => number | undefined;
}

export function selectionOf(state: UrlState): FacetSelection {
  return {
    type: state.type,
    party: state.party,
    host: state.host,
    tag: state.tag,
    series: state.series,
    status: state.status,
    era: state.era,
  };
}

/**
 * The events matching the URL's search and filters. The search index is built once per dataset,
 * after the first paint, so that neither loading nor typing waits for it.
 */
export function useMatchingEvents(dataset: Dataset, state: UrlState): MatchingEvents {
  const [index, setIndex] = useState<SearchIndex | undefined>();
  useEffect(() => {
    setIndex(undefined);
    return buildSearchIndexInSlices(dataset.events, setIndex);
  }, [dataset]);

  const query = useDeferredValue(state.q);
  const searchMatches = useMemo(
    () => (index && query.trim() ? searchEvents(index, query) : undefined),
    [index, query],
  );
  // Every URL write re-reads the state into new arrays; the filters only change when their
  // values do, so the memo keys on the values.
  const key = FACETS.map((facet) => selectionOf(state)[facet].join('\u0001')).join('\u0002');
  // An era the dataset does not have (a typo in a link) is dropped rather than matching nothing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the selection's values
  const selection = useMemo(() => {
    const chosen = selectionOf(state);
    return { ...chosen, era: chosen.era.filter((id) => dataset.eras.some((e) => e.id === id)) };
  }, [key, dataset]);
  // Nothing chosen: every event, as they are (a million positions need not be listed first).
  const events = useMemo(
    () =>
      !searchMatches && !hasSelection(selection)
        ? dataset.events
        : filterPositions(dataset.events, selection, searchMatches, dataset.eras).map(
            (p) => dataset.events[p]!,
          ),
    [dataset, selection, searchMatches],
  );
  const indexing = index === undefined && state.q.trim() !== '';
  // The best match for a query as typed this instant (the results above may trail a keystroke):
  // for Enter in the search box. Builds the index at once if it is not ready yet.
  const bestMatchNow = useCallback(
    (text: string) => {
      const now = index ?? buildSearchIndex(dataset.events);
      const matches = searchEvents(now, text);
      const allowed = new Set(filterPositions(dataset.events, selection, matches, dataset.eras));
      return bestMatch(
        matches && new Map([...matches].filter(([position]) => allowed.has(position))),
      );
    },
    [index, dataset, selection],
  );
  // One object while nothing changed, so that components given it can skip re-rendering.
  return useMemo(
    () => ({ events, searchMatches, selection, query, indexing, bestMatchNow }),
    [events, searchMatches, selection, query, indexing, bestMatchNow],
  );
}

/**
 * Main-thread time per slice of indexing. The events of a large file read the rest of their
 * records on first use (data/loaded-event.ts), a chunk of 2,500 at a time (10–25 ms on the 2-core
 * build machine), so slices are measured in time rather than events: a slice that meets an unread
 * chunk pays for that one chunk and then yields.
 */
const SLICE_MS = 12;

/**
 * Builds the search index a slice at a time, so a large dataset never freezes the page while it
 * is indexed. Returns a cancel function. Between slices it yields through a message to itself,
 * not a timer: nested timers wait at least 4 ms each, which at a million events (over a thousand
 * slices) added seconds of waiting to the index's build.
 */
function buildSearchIndexInSlices(
  events: readonly TimelineEvent[],
  done: (index: SearchIndex) => void,
): () => void {
  const fields: string[][] = [];
  const channel = new MessageChannel();
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const started = performance.now();
    while (fields.length < events.length && performance.now() - started < SLICE_MS) {
      fields.push(searchableFields(events[fields.length]!));
    }
    if (fields.length < events.length) channel.port2.postMessage(null);
    else {
      channel.port1.close();
      done({ events, fields });
    }
  };
  channel.port1.onmessage = slice;
  // The first slice waits until the view that shows the events has been painted.
  const cancelFirst = afterFirstPaint(slice);
  return () => {
    cancelled = true;
    cancelFirst();
    channel.port1.close();
  };
}
