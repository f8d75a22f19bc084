import { normaliseText } from './normalise-text';
import type { TimelineEvent } from './types';

// Built once per dataset, off the typing path: each event's searchable text, normalised, in
// fields of different weight. A query matches an event when every one of its terms occurs in
// some field; the score prefers title matches, then word starts.

export interface SearchIndex {
  readonly events: readonly TimelineEvent[];
  /** Per event: [title, tags+series+type, people+places, summary+statements+outcomes]. */
  readonly fields: readonly (readonly string[])[];
}

const FIELD_WEIGHTS = [8, 4, 3, 1] as const;

export function searchableFields(event: TimelineEvent): string[] {
  const people = [
    ...event.participants.flatMap((p) => [p.name, p.role ?? '']),
    ...event.statements.flatMap((s) => [s.speaker ?? '', s.role ?? '']),
    event.location?.name ?? '',
  ];
  const words = [
    event.summary ?? '',
    ...event.statements.map((s) => s.text),
    ...event.outcomes,
    ...Object.values(event.i18n).flatMap((t) => [t.title ?? '', t.summary ?? '']),
  ];
  return [
    event.title,
    [...event.tags, event.series?.name ?? '', event.series?.id ?? '', event.type ?? ''].join(' '),
    people.join(' '),
    words.join(' '),
  ].map(normaliseText);
}

export function buildSearchIndex(events: readonly TimelineEvent[]): SearchIndex {
  return { events, fields: events.map(searchableFields) };
}

export function queryTerms(query: string): string[] {
  return normaliseText(query).split(' ').filter(Boolean);
}

/** 0 when some term is missing; otherwise higher for better matches. */
export function scoreEvent(fields: readonly string[], terms: readonly string[]): number {
  let score = 0;
  for (const term of terms) {
    let best = 0;
    fields.forEach((field, i) => {
      const at = field.indexOf(term);
      if (at === -1) return;
      const wordStart = at === 0 || field[at - 1] === ' ';
      best = Math.max(best, FIELD_WEIGHTS[i as 0 | 1 | 2 | 3] * (wordStart ? 2 : 1));
    });
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** Positions (into index.events) of matching events with their scores; every event when the query is empty. */
export function searchEvents(index: SearchIndex, query: string): Map<number, number> | undefined {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const matches = new Map<number, number>();
  index.fields.forEach((fields, position) => {
    const score = scoreEvent(fields, terms);
    if (score > 0) matches.set(position, score);
  });
  return matches;
}

/** Ranges of `text` to highlight for a query, found on the normalised text (same length when no marks). */
export function highlightRanges(text: string, query: string): [number, number][] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  // Fold each character on its own so positions map back to the original text.
  const folded = [...text].map((c) => normaliseText(c) || c);
  const starts: number[] = [];
  let offset = 0;
  for (const c of [...text]) {
    starts.push(offset);
    offset += c.length;
  }
  const flat = folded.join('');
  const charAt: number[] = [];
  folded.forEach((f, i) => {
    for (let k = 0; k < f.length; k++) charAt.push(i);
  });
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = flat.indexOf(term, from);
      if (at === -1) break;
      const first = charAt[at]!;
      const last = charAt[at + term.length - 1]!;
      ranges.push([starts[first]!, starts[last]! + [...text][last]!.length]);
      from = at + term.length;
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The position of the best match: the highest score, the earliest event among equals. */
export function bestMatch(matches: ReadonlyMap<number, number> | undefined): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  for (const [position, score] of matches ?? []) {
    if (score > bestScore || (score === bestScore && best !== undefined && position < best)) {
      best = position;
      bestScore = score;
    }
  }
  return best;
}
