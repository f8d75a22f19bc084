import * as v from 'valibot';
import { endsBeforeStart, parseEdtf } from '../../domain/edtf';
import { formatPath } from '../problems';
import { EventSchema, SourceSchema } from '../schema';
import type { V1Event, V1Source } from './import-result';

export interface RecordIssue {
  /** Field path inside the record, such as "location.lat" or "participants[0].party". */
  readonly field: string;
  readonly keys: readonly (string | number)[];
  readonly message: string;
}

export type Validated<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly RecordIssue[] };

/**
 * Checks one imported event as the loader will, while the row it came from is still known: a
 * person is then told "row 7" rather than an index in a file they never saw.
 */
export function validateEvent(draft: unknown): Validated<V1Event> {
  const result = v.safeParse(EventSchema, draft);
  if (!result.success) return { ok: false, issues: result.issues.map(toIssue) };
  const { date, end } = result.output;
  if (end !== undefined) {
    const start = parseEdtf(date);
    const stop = parseEdtf(end);
    if (start.ok && stop.ok && endsBeforeStart(start.value, stop.value)) {
      return {
        ok: false,
        issues: [{ field: 'end', keys: ['end'], message: `"${end}" is before the date "${date}"` }],
      };
    }
  }
  return { ok: true, value: result.output };
}

export function validateSource(draft: unknown): Validated<V1Source> {
  const result = v.safeParse(SourceSchema, draft);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, issues: result.issues.map(toIssue) };
}

function toIssue(issue: v.BaseIssue<unknown>): RecordIssue {
  const keys = (issue.path ?? []).map((item): string | number => {
    const key: unknown = item.key;
    return typeof key === 'number' ? key : String(key);
  });
  const missing = issue.kind === 'schema' && issue.received === 'undefined';
  // Show the offending value unless the message already quotes it.
  const quoted = typeof issue.input === 'string' ? `"${truncate(issue.input)}"` : '';
  const shown =
    quoted !== '' && quoted !== '""' && !missing && !issue.message.includes(quoted)
      ? `${quoted}: `
      : '';
  return {
    field: formatPath('', keys),
    keys,
    message: missing ? 'is required but missing' : `${shown}${issue.message}`,
  };
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
