import * as v from 'valibot';
import { parseEdtf } from '../domain/edtf';
import type { Source, SourceId } from '../domain/types';
import type { ParseOptions } from './parse-dataset';
import { type DatasetProblem, idOf, issuesToProblems, problem } from './problems';
import { EventSchema, type RawEvent } from './schema';

// The events of a file checked one by one, a chunk at a time: the synchronous parser checks them
// all in one go, the worker sends each chunk to the page as soon as it is checked. Errors leave a
// record out; once every record is seen, references that lead nowhere become warnings.

export interface CheckedChunk {
  /** Accepted records with their index in the file. */
  readonly events: readonly (readonly [number, RawEvent])[];
  readonly problems: readonly DatasetProblem[];
  /** How many of the file's records have been checked, this chunk included. */
  readonly checked: number;
}

/**
 * Checks events chunk by chunk, remembering across chunks what the rules need: the ids seen (a
 * later duplicate is left out) and the references to check once every event is known.
 */
export class EventValidator {
  private readonly seen = new Set<string>();
  // Only what the final warnings need is kept, so each chunk's records can be freed once sent.
  private readonly references: References[] = [];

  constructor(
    private readonly sources: ReadonlyMap<SourceId, Source>,
    private readonly options: ParseOptions,
  ) {}

  /** Checks `items`, the file's records from index `first` on. */
  check(items: readonly unknown[], first: number): CheckedChunk {
    const events: [number, RawEvent][] = [];
    const problems: DatasetProblem[] = [];
    items.forEach((item, offset) => {
      const index = first + offset;
      const base = `events[${index}]`;
      const result = v.safeParse(EventSchema, item);
      if (!result.success) {
        problems.push(...issuesToProblems(result.issues, base, { index, id: idOf(item) }));
        return;
      }
      const event = result.output;
      const recordProblems = checkEvent(event, base, index, this.options);
      problems.push(...recordProblems);
      if (recordProblems.length > 0) return;
      if (this.seen.has(event.id)) {
        problems.push(
          problem(
            'error',
            `${base}.id`,
            index,
            event.id,
            `repeats the id "${event.id}" of an earlier event`,
          ),
        );
        return;
      }
      this.seen.add(event.id);
      events.push([index, event]);
      if (event.sources?.length || event.statements?.length || event.related?.length) {
        this.references.push({
          index,
          id: event.id,
          sources: event.sources ?? [],
          statementSources: (event.statements ?? []).map((statement) => statement.source),
          related: (event.related ?? []).map((relation) => relation.id),
        });
      }
    });
    return { events, problems, checked: first + items.length };
  }

  /** Warnings for references that lead nowhere, once every event has been checked. */
  finish(): DatasetProblem[] {
    return referenceWarnings(this.references, this.seen, this.sources);
  }
}

function checkEvent(
  event: RawEvent,
  base: string,
  index: number,
  options: ParseOptions,
): DatasetProblem[] {
  const found: DatasetProblem[] = [];
  if (event.end !== undefined) {
    const start = parseEdtf(event.date);
    const end = parseEdtf(event.end);
    if (start.ok && end.ok && end.value.endMs < start.value.endMs) {
      found.push(
        problem(
          'error',
          `${base}.end`,
          index,
          event.id,
          `"${event.end}" is before the date "${event.date}"`,
        ),
      );
    }
  }
  if (options.strict) {
    if (event.type === undefined) {
      found.push(
        problem('error', `${base}.type`, index, event.id, 'is required by the curation check'),
      );
    }
    if (!event.sources || event.sources.length === 0) {
      found.push(
        problem('error', `${base}.sources`, index, event.id, 'must cite at least one source'),
      );
    }
    if (event.verification === undefined) {
      found.push(
        problem(
          'error',
          `${base}.verification`,
          index,
          event.id,
          'is required by the curation check',
        ),
      );
    }
  }
  return found;
}

interface References {
  readonly index: number;
  readonly id: string;
  readonly sources: readonly string[];
  readonly statementSources: readonly (string | undefined)[];
  readonly related: readonly string[];
}

function referenceWarnings(
  events: readonly References[],
  ids: ReadonlySet<string>,
  sources: ReadonlyMap<SourceId, Source>,
): DatasetProblem[] {
  const warnings: DatasetProblem[] = [];
  const warn = (event: References, path: string, message: string) =>
    warnings.push(
      problem('warning', `events[${event.index}].${path}`, event.index, event.id, message),
    );
  const knownSource = (id: string) => sources.has(id as SourceId);
  for (const event of events) {
    event.sources.forEach((sourceId, i) => {
      if (!knownSource(sourceId))
        warn(event, `sources[${i}]`, `cites an unknown source "${sourceId}"`);
    });
    event.statementSources.forEach((source, i) => {
      if (source !== undefined && !knownSource(source)) {
        warn(event, `statements[${i}].source`, `cites an unknown source "${source}"`);
      }
    });
    event.related.forEach((id, i) => {
      if (!ids.has(id)) warn(event, `related[${i}].id`, `refers to an unknown event "${id}"`);
    });
  }
  // Warnings are reported in time order of the events, as before: by their index in the file.
  return warnings.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}
