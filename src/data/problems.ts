import type * as v from 'valibot';

/** One thing wrong with one record; errors leave the record out, warnings keep it. */
export interface DatasetProblem {
  readonly severity: 'error' | 'warning';
  /** Field path such as events[12].date */
  readonly path: string;
  /** Index of the event in the file's events array, when the problem is an event's. */
  readonly index: number | undefined;
  readonly id: string | undefined;
  readonly message: string;
}

/** Why a whole file was rejected. */
export type DatasetFileError =
  | { readonly kind: 'empty'; readonly message: string }
  | {
      readonly kind: 'syntax';
      readonly line: number;
      readonly column: number;
      readonly message: string;
    }
  | { readonly kind: 'structure'; readonly path: string; readonly message: string };

// A key that reads unambiguously after a dot. Any other (a key of the dataset's own, such as an
// i18n language that is empty, long, or has a dot or a bidi control) is quoted, shortened and
// escaped, so the path still says where the problem is.
const PLAIN_KEY = /^[A-Za-z_$][\w$-]{0,39}$/;

export function formatPath(base: string, keys: readonly (string | number)[]): string {
  let path = base;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (!PLAIN_KEY.test(key)) path += `[${quoteKey(key)}]`;
    else path += path === '' ? key : `.${key}`;
  }
  return path;
}

function quoteKey(key: string): string {
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  // JSON escapes control characters; format characters (bidi controls) are escaped here too.
  return JSON.stringify(shown).replace(/[\p{C}\u2028\u2029]/gu, (c) => {
    let escaped = '';
    for (let i = 0; i < c.length; i++) {
      escaped += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    }
    return escaped;
  });
}

/** Turns valibot issues into readable problems with field paths. */
export function issuesToProblems(
  issues: readonly v.BaseIssue<unknown>[],
  base: string,
  context: { index: number | undefined; id: string | undefined },
): DatasetProblem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => {
      const key: unknown = item.key;
      return typeof key === 'number' ? key : String(key);
    });
    const missing = issue.kind === 'schema' && issue.received === 'undefined';
    return {
      severity: 'error',
      path: formatPath(base, keys),
      index: context.index,
      id: context.id,
      message: missing ? 'is required but missing' : issue.message,
    };
  });
}

export function problem(
  severity: DatasetProblem['severity'],
  path: string,
  index: number | undefined,
  id: string | undefined,
  message: string,
): DatasetProblem {
  return { severity, path, index, id, message };
}

/** A record's id for messages, if it has a usable one (cut short: it may be hostile). */
export function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;
  const id: unknown = item.id;
  return typeof id === 'string' ? id.slice(0, 80) : undefined;
}
