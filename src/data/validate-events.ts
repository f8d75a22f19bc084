import * as v from 'valibot';
import { endsBeforeStart, parseEdtf } from '../domain/edtf';
import type { ParseOptions } from './parse-dataset';
import { type DatasetProblem, idOf, issuesToProblems, problem } from './problems';
import { EventSchema, type RawEvent } from './schema';
import { compileValidity } from './schema-validity';

/** Whether the schema accepts a record, without the copy valibot builds (see schema-validity.ts). */
const passesEventSchema = compileValidity(EventSchema);

// The events of a file checked one by one, a chunk at a time: the synchronous parser checks them
// all in one go, the workers send each chunk to the page as soon as it is checked. Errors leave
// a record out.

export interface CheckedChunk {
  /** Accepted records with their index in the file. */
  readonly events: readonly (readonly [number, RawEvent])[];
  readonly problems: readonly DatasetProblem[];
  /** How many of the file's records have been checked, this chunk included. */
  readonly checked: number;
}

/**
 * Checks events against the schema and the rules of one record (a chunk at a time). What needs
 * every event — duplicate ids, references — is checked once they are all in (link-checks.ts).
 */
export class EventValidator {
  constructor(private readonly options: ParseOptions) {}

  /** Checks `items`, the file's records from index `first` on. */
  check(items: readonly unknown[], first: number): CheckedChunk {
    const events: [number, RawEvent][] = [];
    const problems: DatasetProblem[] = [];
    items.forEach((item, offset) => {
      const index = first + offset;
      const base = `events[${index}]`;
      let raw: RawEvent;
      if (passesEventSchema?.(item)) {
        // The schema transforms nothing, so a record it accepts is its own output, but for the
        // keys valibot leaves unread and out of its output ("__proto__", "constructor",
        // "prototype"): the events are built from the fields they know, and skip those keys.
        raw = item as RawEvent;
      } else {
        const result = v.safeParse(EventSchema, item);
        if (!result.success) {
          problems.push(...issuesToProblems(result.issues, base, { index, id: idOf(item) }));
          return;
        }
        raw = result.output;
      }
      const recordProblems = checkEvent(raw, base, index, this.options);
      problems.push(...recordProblems);
      if (recordProblems.length === 0) events.push([index, raw]);
    });
    return { events, problems, checked: first + items.length };
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
    if (start.ok && end.ok && endsBeforeStart(start.value, end.value)) {
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
