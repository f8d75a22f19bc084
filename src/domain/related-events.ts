import type { RelationType, TimelineEvent } from './types';

/** How a relation reads from the other end; a response has no type of its own in the format. */
export type RelatedKind = RelationType | 'response';

const INVERSE: Record<RelationType, RelatedKind> = {
  follows: 'precedes',
  precedes: 'follows',
  'part-of': 'has-part',
  'has-part': 'part-of',
  'response-to': 'response',
  'same-series': 'same-series',
};

export interface RelatedEvent {
  readonly kind: RelatedKind;
  readonly event: TimelineEvent;
}

/**
 * The event's own links, and the links other events make to it read backwards (a condolence
 * visit that is a response to an attack shows on the attack as a response), without repeats.
 */
export function relatedEvents(
  events: readonly TimelineEvent[],
  event: TimelineEvent,
): RelatedEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const related: RelatedEvent[] = [];
  const add = (kind: RelatedKind, other: TimelineEvent | undefined) => {
    if (!other || other.id === event.id) return;
    const key = `${kind}:${other.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    related.push({ kind, event: other });
  };
  for (const relation of event.related) add(relation.type, byId.get(relation.id));
  for (const other of events) {
    for (const relation of other.related)
      if (relation.id === event.id) add(INVERSE[relation.type], other);
  }
  return related.sort((a, b) => a.event.startMs - b.event.startMs);
}
