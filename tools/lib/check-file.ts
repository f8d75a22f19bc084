// The curation check of one file's text, as lines to print; kept apart from the command so it can
// be tested without spawning a process.
import { checkRules } from '../../src/data/check-rules';
import { parseDatasetJson } from '../../src/data/parse-dataset';
import { parseDatasetText } from '../../src/data/parse-dataset-text';
import type { DatasetProblem } from '../../src/data/problems';
import type { Dataset } from '../../src/domain/types';

export interface FileReport {
  /** One line per problem, then a summary line. */
  readonly lines: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  /** Events in the file, loaded or not; undefined when the file was rejected whole. */
  readonly events: number | undefined;
  /** The events that loaded, for reports on them; undefined when the file was rejected whole. */
  readonly dataset: Dataset | undefined;
}

export function checkFile(name: string, text: string): FileReport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return rejected(name, parseDatasetText(text, { strict: true }));
  }
  const parsed = parseDatasetJson(json, { strict: true });
  if (!parsed.ok) return rejected(name, parsed);
  const problems = [...checkRules(json, parsed)];
  // An empty dataset loads, but shows nothing: an import that lost every row must not pass.
  if (rawEventCount(json) === 0) {
    problems.unshift({
      severity: 'error',
      path: 'events',
      index: undefined,
      id: undefined,
      message: 'is empty: a dataset needs at least one event',
    });
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const total = rawEventCount(json);
  const loaded = parsed.dataset.events.length;
  const events =
    loaded === total ? plural(total, 'event') : `${plural(total, 'event')} (${loaded} loaded)`;
  return {
    lines: [
      ...problems.map((p) => formatProblem(name, p)),
      `${name}: ${events}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    ],
    errors,
    warnings,
    events: total,
    dataset: parsed.dataset,
  };
}

export function formatProblem(name: string, p: DatasetProblem): string {
  const mark = p.severity === 'warning' ? 'warning: ' : '';
  const id = p.id !== undefined && p.path.startsWith('events[') ? ` (event "${p.id}")` : '';
  return `${name}:${p.path}: ${mark}${p.message}${id}`;
}

function rejected(name: string, result: ReturnType<typeof parseDatasetText>): FileReport {
  if (result.ok) throw new Error('unreachable: a file that parsed was reported as rejected');
  const { error } = result;
  const where =
    error.kind === 'syntax'
      ? `${error.line}:${error.column}`
      : error.kind === 'structure'
        ? error.path
        : '';
  return {
    lines: [`${name}:${where}: ${error.message}`, `${name}: rejected, 1 error`],
    errors: 1,
    warnings: 0,
    events: undefined,
    dataset: undefined,
  };
}

function rawEventCount(json: unknown): number {
  if (typeof json !== 'object' || json === null || !('events' in json)) return 0;
  const events: unknown = json.events;
  return Array.isArray(events) ? events.length : 0;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
