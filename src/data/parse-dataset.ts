import * as v from 'valibot';
import { compareEvents } from '../domain/compare-events';
import type { Dataset, Era, Party, Source, SourceId, Story, TimelineEvent } from '../domain/types';
import { checkLinks, inFileOrder } from './link-checks';
import { toTimelineEvent } from './normalize-event';
import { checkEraAndStoryLinks, parseEras, parseStories } from './parse-eras-stories';
import {
  type DatasetFileError,
  type DatasetProblem,
  idOf,
  issuesToProblems,
  problem,
} from './problems';
import { FileSchema, type RawSource, SourceSchema } from './schema';
import { compileValidity } from './schema-validity';
import { EventValidator } from './validate-events';

export interface ParseOptions {
  /** The curation check: also require type, at least one source, and verification. */
  readonly strict?: boolean;
}

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly DatasetProblem[] }
  | { readonly ok: false; readonly error: DatasetFileError };

// A link to an article, or a server that answers a missing file with its home page, gives HTML.

/** The file's own fields, read and checked before its events. */
export interface DatasetHeader {
  readonly title: string;
  readonly description: string | undefined;
  readonly language: string | undefined;
  readonly parties: readonly [Party, Party];
  readonly sources: ReadonlyMap<SourceId, Source>;
  /** Checked one by one; their links to events are checked once the events are in. */
  readonly eras: readonly Era[];
  readonly stories: readonly Story[];
  /** The events, still unchecked. */
  readonly events: readonly unknown[];
  readonly problems: readonly DatasetProblem[];
}

export type HeaderResult =
  | { readonly ok: true; readonly header: DatasetHeader }
  | { readonly ok: false; readonly error: DatasetFileError };

export function readDatasetHeader(json: unknown): HeaderResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      ok: false,
      error: { kind: 'structure', path: '', message: 'The dataset must be a JSON object.' },
    };
  }
  const problems: DatasetProblem[] = [];
  const file = v.safeParse(FileSchema, withoutBadOptionalFields(json, problems));
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
  const sources = parseSources(file.output.sources ?? [], problems);
  const eras = parseEras(file.output.eras ?? [], problems);
  const stories = parseStories(file.output.stories ?? [], problems);
  const [first, second] = file.output.parties;
  const parties: readonly [Party, Party] = [
    { code: first!.code, name: first!.name },
    { code: second!.code, name: second!.name },
  ];
  return {
    ok: true,
    header: {
      title: file.output.title ?? `${parties[0].name}–${parties[1].name}`,
      description: file.output.description,
      language: file.output.language,
      parties,
      sources,
      eras,
      stories,
      events: file.output.events,
      problems,
    },
  };
}

export function parseDatasetJson(json: unknown, options: ParseOptions = {}): ParseResult {
  const read = readDatasetHeader(json);
  if (!read.ok) return read;
  const { events: raw, problems: headerProblems, ...header } = read.header;
  const problems = [...headerProblems];
  const events = parseEvents(raw, header.sources, options, problems);
  const links = checkEraAndStoryLinks(
    header.eras,
    header.stories,
    new Set(events.map((event) => event.id)),
    header.sources,
  );
  problems.push(...links.warnings);
  return {
    ok: true,
    dataset: { ...header, events, eras: links.eras, stories: links.stories },
    problems,
  };
}

// A file is rejected whole only for what DATA.md says (not JSON; no format, version, parties or
// events). A bad optional field of the file is ignored with a warning, and its events still load.
const OPTIONAL_FILE_FIELDS = [
  'title',
  'description',
  'language',
  'sources',
  'eras',
  'stories',
] as const;

function withoutBadOptionalFields(json: object, problems: DatasetProblem[]): object {
  const fields = new Map(Object.entries(json));
  const bad = new Set<string>();
  for (const key of OPTIONAL_FILE_FIELDS) {
    if (!fields.has(key)) continue;
    const result = v.safeParse(FileSchema.entries[key], fields.get(key));
    if (result.success) continue;
    const first = issuesToProblems(result.issues, key, { index: undefined, id: undefined })[0];
    const consequence =
      key === 'sources' || key === 'eras' || key === 'stories'
        ? `no ${key} were read`
        : 'it was ignored';
    problems.push(
      problem(
        'warning',
        first?.path ?? key,
        undefined,
        undefined,
        `${first?.message ?? 'is not valid'}; ${consequence}`,
      ),
    );
    bad.add(key);
  }
  return bad.size === 0 ? json : Object.fromEntries([...fields].filter(([key]) => !bad.has(key)));
}

const passesSourceSchema = compileValidity(SourceSchema);

function parseSources(raw: readonly unknown[], problems: DatasetProblem[]): Map<SourceId, Source> {
  const sources = new Map<SourceId, Source>();
  raw.forEach((item, index) => {
    const base = `sources[${index}]`;
    let checked: RawSource;
    // As for events (validate-events.ts): the predicate read from the schema says yes without
    // valibot's copy of every record (a large file cites a source per event); only a record it
    // refuses goes through valibot, for its messages.
    if (passesSourceSchema?.(item)) {
      checked = item as RawSource;
    } else {
      const result = v.safeParse(SourceSchema, item);
      if (!result.success) {
        problems.push(
          ...issuesToProblems(result.issues, base, { index: undefined, id: idOf(item) }),
        );
        return;
      }
      checked = result.output;
    }
    const id = checked.id as SourceId;
    if (sources.has(id)) {
      problems.push(problem('error', `${base}.id`, undefined, id, `repeats the source id "${id}"`));
      return;
    }
    sources.set(id, toSource(checked));
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
  const checked = new EventValidator(options).check(raw, 0);
  const links = checkLinks(
    checked.events.map(([index, event]) => toTimelineEvent(event, index)),
    sources,
  );
  problems.push(...inFileOrder([...checked.problems, ...links.errors]), ...links.warnings);
  return [...links.kept].sort(compareEvents);
}
