// The curation rules beyond the schema (DATA.md, reference/event-schema.md §5), for the
// command-line check. Loading is lenient (an unknown reference is a warning, the event is kept);
// curation is not: a dataset that is published must have every reference resolve.
import type { Dataset, RelationType, TimelineEvent } from '../domain/types';
import { checkStoriesAndMedia } from './check-stories-media';
import { type DatasetProblem, problem } from './problems';

export interface ParsedDataset {
  readonly dataset: Dataset;
  readonly problems: readonly DatasetProblem[];
}

const INVERSE: Partial<Record<RelationType, RelationType>> = {
  follows: 'precedes',
  precedes: 'follows',
  'part-of': 'has-part',
  'has-part': 'part-of',
};

/**
 * Every problem the curation check reports for one file: the loader's own (from a strict parse),
 * with unresolved references raised from warnings to errors, plus the rules the schema cannot
 * express, events' and eras' alike. Ordered as the file is: parties, sources, events, then eras,
 * each by position.
 */
export function checkRules(json: unknown, parsed: ParsedDataset): DatasetProblem[] {
  const { dataset } = parsed;
  const rules: DatasetProblem[] = [
    ...checkParties(dataset),
    ...checkDuplicateIds(json, parsed.problems),
    ...checkReferences(dataset),
    ...checkSeries(dataset),
    ...checkEras(json, dataset),
    ...checkUncitedSources(json, dataset),
    ...checkStoriesAndMedia(json, dataset),
  ];
  const rulePaths = new Set(rules.map((p) => p.path));
  // A rule that re-reports a loader warning at the same path replaces it (as an error). Every
  // unknown source an era cites is re-reported by checkEras at the era's place in the file, so
  // the loader's warnings about them (placed among the eras it kept) give way too.
  const kept = parsed.problems.filter(
    (p) => p.severity === 'error' || !(rulePaths.has(p.path) || ERA_SOURCE_PATH.test(p.path)),
  );
  return sortByPosition([...kept, ...rules]);
}

function checkParties(dataset: Dataset): DatasetProblem[] {
  const [first, second] = dataset.parties;
  if (first.code !== second.code) return [];
  return [
    problem(
      'error',
      'parties[1].code',
      undefined,
      undefined,
      `repeats "${first.code}"; the two parties must differ`,
    ),
  ];
}

/** The loader only compares events that passed the schema; a repeated id is wrong either way. */
function checkDuplicateIds(
  json: unknown,
  loaderProblems: readonly DatasetProblem[],
): DatasetProblem[] {
  const reported = new Set(loaderProblems.map((p) => p.path));
  const found: DatasetProblem[] = [];
  const firstAt = new Map<string, number>();
  rawArray(json, 'events').forEach((item, index) => {
    const id = rawId(item);
    if (id === undefined) return;
    const earlier = firstAt.get(id);
    if (earlier === undefined) {
      firstAt.set(id, index);
      return;
    }
    const path = `events[${index}].id`;
    if (!reported.has(path)) {
      found.push(problem('error', path, index, id, `repeats the id "${id}" of events[${earlier}]`));
    }
  });
  return found;
}

function checkReferences(dataset: Dataset): DatasetProblem[] {
  const found: DatasetProblem[] = [];
  const byId = new Map<string, TimelineEvent>(dataset.events.map((e) => [e.id, e]));
  for (const event of dataset.events) {
    const base = `events[${event.index}]`;
    const report = (path: string, message: string) =>
      found.push(problem('error', `${base}.${path}`, event.index, event.id, message));
    event.sources.forEach((id, i) => {
      if (!dataset.sources.has(id))
        report(`sources[${i}]`, `cites "${id}", which is not in the sources list`);
    });
    event.statements.forEach((statement, i) => {
      if (statement.source !== undefined && !dataset.sources.has(statement.source)) {
        report(
          `statements[${i}].source`,
          `cites "${statement.source}", which is not in the sources list`,
        );
      }
    });
    event.related.forEach((relation, i) => {
      const target = byId.get(relation.id);
      if (relation.id === event.id) {
        report(`related[${i}].id`, 'refers to the event itself');
        return;
      }
      if (target === undefined) {
        report(
          `related[${i}].id`,
          `refers to "${relation.id}", which is not an event in the file (or was left out because of errors)`,
        );
        return;
      }
      const inverse = INVERSE[relation.type];
      if (
        inverse !== undefined &&
        !target.related.some((r) => r.type === inverse && r.id === event.id)
      ) {
        report(
          `related[${i}]`,
          `says it ${verb(relation.type)} "${target.id}", but "${target.id}" (events[${target.index}]) does not say it ${verb(inverse)} "${event.id}"`,
        );
      }
    });
  }
  return found;
}

function verb(type: RelationType): string {
  return type === 'part-of' ? 'is part of' : type === 'has-part' ? 'has as a part' : type;
}

/** Within a series, a higher number must not be dated certainly before a lower one. */
function checkSeries(dataset: Dataset): DatasetProblem[] {
  const found: DatasetProblem[] = [];
  const bySeries = new Map<string, TimelineEvent[]>();
  for (const event of dataset.events) {
    if (event.series?.number === undefined) continue;
    const members = bySeries.get(event.series.id);
    if (members) members.push(event);
    else bySeries.set(event.series.id, [event]);
  }
  for (const [seriesId, members] of bySeries) {
    members.sort((a, b) => (a.series?.number ?? 0) - (b.series?.number ?? 0) || a.index - b.index);
    for (let i = 1; i < members.length; i++) {
      const before = members[i - 1];
      const event = members[i];
      if (!before || !event) continue;
      const number = event.series?.number;
      const path = `events[${event.index}].series.number`;
      if (number === before.series?.number) {
        found.push(
          problem(
            'error',
            path,
            event.index,
            event.id,
            `repeats number ${number} of series "${seriesId}" (also "${before.id}")`,
          ),
        );
      } else if (before.date.startMs >= event.date.endMs) {
        // Reduced precision widens a date to its whole period; only a certain inversion counts.
        found.push(
          problem(
            'error',
            path,
            event.index,
            event.id,
            `is ${number} in series "${seriesId}" but dated ${event.date.text}, before number ${before.series?.number} "${before.id}" (${before.date.text})`,
          ),
        );
      }
    }
  }
  return found;
}

/**
 * The loader reads eras (ids, titles, dates and their order, repeated ids); curation adds that an
 * era belongs to one of the two parties, and that every source it cites is in the registry (an
 * error here, where loading only warns). Paths are the era's position in the file.
 */
function checkEras(json: unknown, dataset: Dataset): DatasetProblem[] {
  const raw = rawArray(json, 'eras');
  const parties = dataset.parties.map((party) => party.code);
  const found: DatasetProblem[] = [];
  for (const era of dataset.eras) {
    // A kept era is the first in the file with its id (a later one repeating it is left out).
    const base = `eras[${raw.findIndex((item) => rawId(item) === era.id)}]`;
    if (era.party !== undefined && !parties.includes(era.party)) {
      found.push(
        problem(
          'error',
          `${base}.party`,
          undefined,
          era.id,
          `is "${era.party}", which is not one of the two parties (${parties.join(' or ')})`,
        ),
      );
    }
    era.sources.forEach((id, i) => {
      if (!dataset.sources.has(id)) {
        found.push(
          problem(
            'error',
            `${base}.sources[${i}]`,
            undefined,
            era.id,
            `cites "${id}", which is not in the sources list`,
          ),
        );
      }
    });
  }
  return found;
}

function checkUncitedSources(json: unknown, dataset: Dataset): DatasetProblem[] {
  const cited = new Set<string>(dataset.eras.flatMap((era) => era.sources));
  for (const event of dataset.events) {
    for (const id of event.sources) cited.add(id);
    for (const statement of event.statements)
      if (statement.source !== undefined) cited.add(statement.source);
    for (const media of event.media) if (media.source !== undefined) cited.add(media.source);
  }
  // A record that fails another rule still cites its sources: it is reported for that rule, and
  // its sources are not "never cited" as well.
  for (const record of [...rawArray(json, 'events'), ...rawArray(json, 'eras')]) {
    for (const id of citedIn(record)) cited.add(id);
  }
  const found: DatasetProblem[] = [];
  const seen = new Set<string>();
  rawArray(json, 'sources').forEach((item, index) => {
    const id = rawId(item);
    if (id === undefined || seen.has(id) || cited.has(id)) return;
    seen.add(id);
    found.push(
      problem(
        'warning',
        `sources[${index}]`,
        undefined,
        id,
        `"${id}" is never cited by any event or statement`,
      ),
    );
  });
  return found;
}

const SECTIONS = ['parties', 'sources', 'events', 'eras'];
const ERA_SOURCE_PATH = /^eras\[\d+\]\.sources\[\d+\]$/;

function sortByPosition(problems: DatasetProblem[]): DatasetProblem[] {
  const rank = (p: DatasetProblem): [number, number] => {
    const match = /^(parties|sources|events|eras)\b(?:\[(\d+)\])?/.exec(p.path);
    const section = match ? SECTIONS.indexOf(match[1] ?? '') + 1 : 0;
    return [section, Number(match?.[2] ?? 0)];
  };
  // Array.prototype.sort is stable, so a record's problems keep their order.
  return problems
    .map((p) => ({ p, key: rank(p) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
    .map(({ p }) => p);
}

/** The source ids a raw record names, wherever they are well-formed enough to read. */
function citedIn(record: unknown): string[] {
  if (typeof record !== 'object' || record === null) return [];
  const ids: string[] = [];
  const sources: unknown = 'sources' in record ? record.sources : undefined;
  if (Array.isArray(sources)) for (const id of sources) if (typeof id === 'string') ids.push(id);
  for (const key of ['statements', 'media'] as const) {
    const items: unknown = Reflect.get(record, key);
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      const source: unknown =
        typeof item === 'object' && item !== null && 'source' in item ? item.source : undefined;
      if (typeof source === 'string') ids.push(source);
    }
  }
  return ids;
}

function rawArray(json: unknown, key: string): readonly unknown[] {
  if (!isRecord(json)) return [];
  const value = json[key];
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rawId(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;
  const id: unknown = item.id;
  return typeof id === 'string' ? id : undefined;
}
