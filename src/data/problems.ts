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

export function formatPath(base: string, keys: readonly (string | number)[]): string {
  let path = base;
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path;
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
