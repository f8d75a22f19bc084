import type { Source, SourceId, TimelineEvent } from '../domain/types';
import { LoadedEvent } from './loaded-event';
import { type DatasetProblem, problem } from './problems';

export interface LinkCheck {
  /** The events kept, in file order. */
  readonly kept: readonly TimelineEvent[];
  /** A later event with an id already seen is left out. */
  readonly errors: readonly DatasetProblem[];
  /** References to unknown sources or events: the event is kept. */
  readonly warnings: readonly DatasetProblem[];
  /** The ids of the events kept. */
  readonly ids: { has(id: string): boolean };
}

/**
 * The ids of a dataset's events, and which of them more than one event has. Filled as events
 * come, in any order: a dataset read in chunks registers each chunk as it arrives, so that the
 * check at the end does not hash every id at once (a million of them took over a second on the
 * page).
 */
export class IdRegistry {
  private readonly ids = new Set<string>();
  private readonly repeated = new Set<string>();

  add(events: readonly TimelineEvent[]): void {
    for (const { id } of events) {
      const size = this.ids.size;
      this.ids.add(id);
      if (this.ids.size === size) this.repeated.add(id);
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  isRepeated(id: string): boolean {
    return this.repeated.size > 0 && this.repeated.has(id);
  }
}

/**
 * The rules that need every event at once: unique ids, and references that lead somewhere.
 * `events` must be in file order: the first of two events with one id is the one kept.
 * `registry`: the events' ids, when they were registered as they came.
 */
export function checkLinks(
  events: readonly TimelineEvent[],
  sources: ReadonlyMap<SourceId, Source>,
  registry: IdRegistry = registryOf(events),
): LinkCheck {
  const kept: TimelineEvent[] = [];
  const errors: DatasetProblem[] = [];
  // Of the ids more than one event has, those whose first event is kept already.
  const keptOfRepeated = new Set<string>();
  for (const event of events) {
    if (!registry.isRepeated(event.id)) {
      kept.push(event);
      continue;
    }
    if (!keptOfRepeated.has(event.id)) {
      keptOfRepeated.add(event.id);
      kept.push(event);
      continue;
    }
    errors.push(
      problem(
        'error',
        `events[${event.index}].id`,
        event.index,
        event.id,
        `repeats the id "${event.id}" of an earlier event`,
      ),
    );
  }
  const warnings: DatasetProblem[] = [];
  const warn = (event: TimelineEvent, path: string, message: string) =>
    warnings.push(
      problem('warning', `events[${event.index}].${path}`, event.index, event.id, message),
    );
  for (const event of kept) {
    event.sources.forEach((id, i) => {
      if (!sources.has(id)) warn(event, `sources[${i}]`, `cites an unknown source "${id}"`);
    });
    statementSources(event).forEach((source, i) => {
      if (source !== undefined && source !== null && !sources.has(source as SourceId)) {
        warn(event, `statements[${i}].source`, `cites an unknown source "${source}"`);
      }
    });
    relatedIds(event).forEach((id, i) => {
      if (!registry.has(id)) warn(event, `related[${i}].id`, `refers to an unknown event "${id}"`);
    });
  }
  return { kept, errors, warnings, ids: registry };
}

function registryOf(events: readonly TimelineEvent[]): IdRegistry {
  const registry = new IdRegistry();
  registry.add(events);
  return registry;
}

/** Problems of records in file order (stable for several on one record). */
export function inFileOrder(problems: readonly DatasetProblem[]): DatasetProblem[] {
  return [...problems].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
}

// An event read in chunks has what these checks need in its outline, so that checking does not
// read the rest of every record (loaded-event.ts).

function relatedIds(event: TimelineEvent): readonly string[] {
  if (event instanceof LoadedEvent) return event.relatedIds ?? [];
  return event.related.map((relation) => relation.id);
}

/** The source each statement cites. */
function statementSources(event: TimelineEvent): readonly (string | null | undefined)[] {
  if (event instanceof LoadedEvent) return event.statementSources ?? [];
  return event.statements.map((statement) => statement.source);
}
