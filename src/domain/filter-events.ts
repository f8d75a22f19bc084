import { overlapsEra } from './eras-during';
import type { Era, TimelineEvent, VerificationStatus } from './types';

// Facets combine with AND; the values within one facet with OR. Each facet's counts are
// computed with every other facet applied, so a count says how many events choosing that value
// would leave. The era facet needs the dataset's eras; without them it matches nothing.

export const FACETS = ['type', 'party', 'host', 'tag', 'series', 'status', 'era'] as const;
export type Facet = (typeof FACETS)[number];
export type FacetSelection = Readonly<Record<Facet, readonly string[]>>;

export const NO_SELECTION: FacetSelection = {
  type: [],
  party: [],
  host: [],
  tag: [],
  series: [],
  status: [],
  era: [],
};

const UNSPECIFIED = '';

/** The values an event has for a facet ('' stands for "not given" where that is meaningful). */
export function facetValues(
  event: TimelineEvent,
  facet: Facet,
  eras: readonly Era[] = [],
): readonly string[] {
  switch (facet) {
    case 'type':
      return [event.type ?? UNSPECIFIED];
    case 'party': {
      const parties = new Set<string>();
      for (const p of event.participants) if (p.party) parties.add(p.party);
      for (const s of event.statements) if (s.party) parties.add(s.party);
      return [...parties];
    }
    case 'host':
      return [event.location?.virtual ? 'virtual' : (event.location?.country ?? UNSPECIFIED)];
    case 'tag':
      return event.tags;
    case 'series':
      return event.series ? [event.series.id] : [];
    case 'status':
      return [event.verification?.status ?? ('unverified' satisfies VerificationStatus)];
    case 'era':
      return eras.filter((era) => overlapsEra(era, event.startMs, event.endMs)).map((e) => e.id);
  }
}

function matchesFacet(
  event: TimelineEvent,
  facet: Facet,
  selected: readonly string[],
  eras: readonly Era[],
): boolean {
  if (selected.length === 0) return true;
  return facetValues(event, facet, eras).some((value) => selected.includes(value));
}

export function matchesFacets(
  event: TimelineEvent,
  selection: FacetSelection,
  except?: Facet,
  eras: readonly Era[] = [],
): boolean {
  return FACETS.every(
    (facet) => facet === except || matchesFacet(event, facet, selection[facet], eras),
  );
}

/** Positions of events that match the search (undefined: no search) and every facet. */
export function filterPositions(
  events: readonly TimelineEvent[],
  selection: FacetSelection,
  searchMatches: ReadonlyMap<number, number> | undefined,
  eras: readonly Era[] = [],
): number[] {
  const positions: number[] = [];
  events.forEach((event, position) => {
    if (searchMatches && !searchMatches.has(position)) return;
    if (matchesFacets(event, selection, undefined, eras)) positions.push(position);
  });
  return positions;
}

/** For each value of a facet: how many events would match with it chosen (other facets applied). */
export function facetCounts(
  events: readonly TimelineEvent[],
  facet: Facet,
  selection: FacetSelection,
  searchMatches: ReadonlyMap<number, number> | undefined,
  eras: readonly Era[] = [],
): Map<string, number> {
  const counts = new Map<string, number>();
  events.forEach((event, position) => {
    if (searchMatches && !searchMatches.has(position)) return;
    if (!matchesFacets(event, selection, facet, eras)) return;
    for (const value of new Set(facetValues(event, facet, eras)))
      counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  return counts;
}

export function hasSelection(selection: FacetSelection): boolean {
  return FACETS.some((facet) => selection[facet].length > 0);
}
