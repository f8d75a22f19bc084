import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { type FacetSelection, filterPositions } from '../domain/filter-events';
import { buildSearchIndex, type SearchIndex, searchEvents } from '../domain/search-index';
import type { Dataset, TimelineEvent } from '../domain/types';
import type { UrlState } from './url-state';

export interface MatchingEvents {
  /** Matching events in time order. */
  readonly events: readonly TimelineEvent[];
  /** Their positions in dataset.events. */
  readonly positions: readonly number[];
  /** Search scores by position, when there is a query. */
  readonly searchMatches: ReadonlyMap<number, number> | undefined;
  readonly selection: FacetSelection;
  /** The query the results are for (it trails typing a little on very large datasets). */
  readonly query: string;
  readonly indexing: boolean;
}

export function selectionOf(state: UrlState): FacetSelection {
  return {
    type: state.type,
    party: state.party,
    host: state.host,
    tag: state.tag,
    series: state.series,
    status: state.status,
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
    const handle = setTimeout(() => setIndex(buildSearchIndex(dataset.events)), 0);
    return () => clearTimeout(handle);
  }, [dataset]);

  const query = useDeferredValue(state.q);
  const searchMatches = useMemo(
    () => (index && query.trim() ? searchEvents(index, query) : undefined),
    [index, query],
  );
  const { type, party, host, tag, series, status } = state;
  const selection = useMemo(
    () => ({ type, party, host, tag, series, status }),
    [type, party, host, tag, series, status],
  );
  const positions = useMemo(
    () => filterPositions(dataset.events, selection, searchMatches),
    [dataset, selection, searchMatches],
  );
  const events = useMemo(() => positions.map((p) => dataset.events[p]!), [dataset, positions]);
  return {
    events,
    positions,
    searchMatches,
    selection,
    query,
    indexing: index === undefined && state.q.trim() !== '',
  };
}
