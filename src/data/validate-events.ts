import * as v from 'valibot';
import { parseEdtf } from '../domain/edtf';
import type { Source, SourceId } from '../domain/types';
import type { ParseOptions } from './parse-dataset';
import { type DatasetProblem, idOf, issuesToProblems, problem } from './problems';
import { EventSchema, type RawEvent } from './schema';

// The events of a file checked one by one, a chunk at a time: the synchronous parser takes all
// chunks at once, the worker sends each to the page as soon as it is checked. Errors leave a
// record out; once every record is seen, references that lead nowhere become warnings.

export interface CheckedChunk {
  /** Accepted records with their index in the file. */
  readonly events: readonly (readonly [number, RawEvent])[];
  readonly problems: readonly DatasetProblem[];
}

export function* validateEvents(
  raw: readonly unknown[],
  sources: ReadonlyMap<SourceId, Source>,
  options: ParseOptions,
  chunkSize: number,
): Generator<CheckedChunk, DatasetProblem[]> {
  const seen = new Set<string>();
  const accepted: [number, RawEvent][] = [];
  for (let start = 0; start < raw.length; start += chunkSize) {
    const events: [number, RawEvent][] = [];
    const problems: DatasetProblem[] = [];
    const end = Math.min(raw.length, start + chunkSize);
    for (let index = start; index < end; index++) {
      const item = raw[index];
      const base = `events[${index}]`;
      const result = v.safeParse(EventSchema, item);
      if (!result.success) {
        problems.push(...issuesToProblems(result.issues, base, { index, id: idOf(item) }));
        continue;
      }
      const event = result.output;
      const recordProblems = checkEvent(event, base, index, options);
      problems.push(...recordProblems);
      if (recordProblems.length > 0) continue;
      if (seen.has(event.id)) {
        problems.push(
          problem(
            'error',
            `${base}.id`,
            index,
            event.id,
            `repeats the id "${event.id}" of an earlier event`,
          ),
        );
        continue;
      }
      seen.add(event.id);
      events.push([index, event]);
      accepted.push([index, event]);
    }
    yield { events, problems };
  }
  return referenceWarnings(accepted, seen, sources);
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

function referenceWarnings(
  events: readonly (readonly [number, RawEvent])[],
  ids: ReadonlySet<string>,
  sources: ReadonlyMap<SourceId, Source>,
): DatasetProblem[] {
  const warnings: DatasetProblem[] = [];
  const warn = (index: number, id: string, path: string, message: string) =>
    warnings.push(problem('warning', `events[${index}].${path}`, index, id, message));
  const knownSource = (id: string) => sources.has(id as SourceId);
  for (const [index, event] of events) {
    (event.sources ?? []).forEach((sourceId, i) => {
      if (!knownSource(sourceId))
        warn(index, event.id, `sources[${i}]`, `cites an unknown source "${sourceId}"`);
    });
    (event.statements ?? []).forEach((statement, i) => {
      if (statement.source !== undefined && !knownSource(statement.source)) {
        warn(
          index,
          event.id,
          `statements[${i}].source`,
          `cites an unknown source "${statement.source}"`,
        );
      }
    });
    (event.related ?? []).forEach((relation, i) => {
      if (!ids.has(relation.id))
        warn(index, event.id, `related[${i}].id`, `refers to an unknown event "${relation.id}"`);
    });
  }
  // Warnings are reported in time order of the events, as before: by their index in the file.
  return warnings.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}
