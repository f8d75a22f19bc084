import * as v from 'valibot';
import { parseEdtf } from '../domain/edtf';
import type { Dataset, EventId, Party, Source, SourceId, TimelineEvent } from '../domain/types';
import { locateJsonSyntaxError } from './json-syntax-error';
import { type DatasetFileError, type DatasetProblem, issuesToProblems } from './problems';
import { EventSchema, FileSchema, type RawEvent, type RawSource, SourceSchema } from './schema';

export interface ParseOptions {
  /** The curation check: also require type, at least one source, and verification. */
  readonly strict?: boolean;
}

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly DatasetProblem[] }
  | { readonly ok: false; readonly error: DatasetFileError };

export function parseDatasetText(text: string, options: ParseOptions = {}): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, error: { kind: 'empty', message: 'The dataset file is empty.' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const where = locateJsonSyntaxError(body);
    return {
      ok: false,
      error: {
        kind: 'syntax',
        line: where.line,
        column: where.column,
        message: `The dataset is not valid JSON: ${where.reason} (line ${where.line}, column ${where.column}).`,
      },
    };
  }
  return parseDatasetJson(json, options);
}

export function parseDatasetJson(json: unknown, options: ParseOptions = {}): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      error: { kind: 'structure', path: '', message: 'The dataset must be a JSON object.' },
    };
  }
  const file = v.safeParse(FileSchema, json);
  if (!file.success) {
    const first = issuesToProblems(file.issues, '', { index: undefined, id: undefined })[0];
    const path = first?.path ?? '';
    return {
      ok: false,
      error: {
        kind: 'structure',
        path,
        message: `This is not a bilateral-events version 1 dataset: ${path || 'the file'} ${first?.message ?? 'is not valid'}.`,
      },
    };
  }
  const problems: DatasetProblem[] = [];
  const sources = parseSources(file.output.sources ?? [], problems);
  const events = parseEvents(file.output.events, sources, options, problems);
  const [first, second] = file.output.parties;
  const parties: readonly [Party, Party] = [
    { code: first!.code, name: first!.name },
    { code: second!.code, name: second!.name },
  ];
  return {
    ok: true,
    dataset: {
      title: file.output.title ?? `${parties[0].name}–${parties[1].name}`,
      description: file.output.description,
      language: file.output.language,
      parties,
      sources,
      events,
    },
    problems,
  };
}

function parseSources(raw: readonly unknown[], problems: DatasetProblem[]): Map<SourceId, Source> {
  const sources = new Map<SourceId, Source>();
  raw.forEach((item, index) => {
    const result = v.safeParse(SourceSchema, item);
    const base = `sources[${index}]`;
    if (!result.success) {
      problems.push(...issuesToProblems(result.issues, base, { index: undefined, id: idOf(item) }));
      return;
    }
    const id = result.output.id as SourceId;
    if (sources.has(id)) {
      problems.push(problem('error', `${base}.id`, undefined, id, `repeats the source id "${id}"`));
      return;
    }
    sources.set(id, toSource(result.output));
  });
  return sources;
}

function toSource(raw: RawSource): Source {
  return {
    id: raw.id as SourceId,
    publisher: raw.publisher,
    title: raw.title,
    url: raw.url,
    published: raw.published,
    kind: raw.kind,
  };
}

function parseEvents(
  raw: readonly unknown[],
  sources: ReadonlyMap<SourceId, Source>,
  options: ParseOptions,
  problems: DatasetProblem[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const base = `events[${index}]`;
    const id = idOf(item);
    const result = v.safeParse(EventSchema, item);
    if (!result.success) {
      problems.push(...issuesToProblems(result.issues, base, { index, id }));
      return;
    }
    const event = result.output;
    const recordProblems = checkEvent(event, base, index, options);
    problems.push(...recordProblems);
    if (recordProblems.length > 0) return;
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
      return;
    }
    seen.add(event.id);
    events.push(toTimelineEvent(event, index));
  });
  warnAboutReferences(events, sources, problems);
  events.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index);
  return events;
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

function warnAboutReferences(
  events: readonly TimelineEvent[],
  sources: ReadonlyMap<SourceId, Source>,
  problems: DatasetProblem[],
): void {
  const ids = new Set<string>(events.map((event) => event.id));
  for (const event of events) {
    const base = `events[${event.index}]`;
    event.sources.forEach((sourceId, i) => {
      if (!sources.has(sourceId)) {
        problems.push(
          problem(
            'warning',
            `${base}.sources[${i}]`,
            event.index,
            event.id,
            `cites an unknown source "${sourceId}"`,
          ),
        );
      }
    });
    event.statements.forEach((statement, i) => {
      if (statement.source !== undefined && !sources.has(statement.source)) {
        problems.push(
          problem(
            'warning',
            `${base}.statements[${i}].source`,
            event.index,
            event.id,
            `cites an unknown source "${statement.source}"`,
          ),
        );
      }
    });
    event.related.forEach((relation, i) => {
      if (!ids.has(relation.id)) {
        problems.push(
          problem(
            'warning',
            `${base}.related[${i}].id`,
            event.index,
            event.id,
            `refers to an unknown event "${relation.id}"`,
          ),
        );
      }
    });
  }
}

function toTimelineEvent(raw: RawEvent, index: number): TimelineEvent {
  // Both dates passed the schema, so parsing cannot fail here.
  const date = mustParse(raw.date);
  const end = raw.end === undefined ? undefined : mustParse(raw.end);
  const i18n: Record<string, { title: string | undefined; summary: string | undefined }> = {};
  for (const [lang, translation] of Object.entries(raw.i18n ?? {})) {
    i18n[lang] = { title: translation.title, summary: translation.summary };
  }
  return {
    id: raw.id as EventId,
    index,
    date,
    end,
    startMs: date.startMs,
    endMs: Math.max(date.endMs, end?.endMs ?? date.endMs),
    title: raw.title,
    summary: raw.summary,
    type: raw.type,
    tags: raw.tags ?? [],
    location: raw.location && {
      name: raw.location.name,
      country: raw.location.country,
      lat: raw.location.lat,
      lon: raw.location.lon,
      virtual: raw.location.virtual ?? false,
    },
    participants: (raw.participants ?? []).map((p) => ({
      name: p.name,
      role: p.role,
      party: p.party,
    })),
    statements: (raw.statements ?? []).map((s) => ({
      speaker: s.speaker,
      role: s.role,
      party: s.party,
      kind: s.kind,
      text: s.text,
      source: s.source as SourceId | undefined,
    })),
    outcomes: raw.outcomes ?? [],
    series: raw.series && { id: raw.series.id, name: raw.series.name, number: raw.series.number },
    related: (raw.related ?? []).map((r) => ({ type: r.type, id: r.id as EventId })),
    sources: (raw.sources ?? []).map((id) => id as SourceId),
    verification: raw.verification && {
      status: raw.verification.status,
      note: raw.verification.note,
    },
    i18n,
  };
}

function mustParse(text: string) {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`unreachable: schema accepted an invalid date ${text}`);
  return result.value;
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;
  const id: unknown = item.id;
  return typeof id === 'string' ? id.slice(0, 80) : undefined;
}

function problem(
  severity: DatasetProblem['severity'],
  path: string,
  index: number | undefined,
  id: string | undefined,
  message: string,
): DatasetProblem {
  return { severity, path, index, id, message };
}
