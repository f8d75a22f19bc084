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
}

/**
 * The rules that need every event at once: unique ids, and references that lead somewhere.
 * `events` must be in file order: the first of two events with one id is the one kept.
 */
export function checkLinks(
  events: readonly TimelineEvent[],
  sources: ReadonlyMap<SourceId, Source>,
): LinkCheck {
  const seen = new Set<string>();
  const kept: TimelineEvent[] = [];
  const errors: DatasetProblem[] = [];
  for (const event of events) {
    if (seen.has(event.id)) {
      errors.push(
        problem(
          'error',
          `events[${event.index}].id`,
          event.index,
          event.id,
          `repeats the id "${event.id}" of an earlier event`,
        ),
      );
      continue;
    }
    seen.add(event.id);
    kept.push(event);
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
      if (!seen.has(id)) warn(event, `related[${i}].id`, `refers to an unknown event "${id}"`);
    });
  }
  return { kept, errors, warnings };
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
