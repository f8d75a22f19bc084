// Curation rules for stories and media (DATA.md, "Eras, stories and media"), for the
// command-line check: what an author needs to hear before a story is presented or published.
// Loading is lenient (a step naming an unknown event is skipped with a warning); curation is not.
import { spanMs } from '../domain/time-window';
import type { Dataset } from '../domain/types';
import { stepWindow } from '../state/story-step-state';
import { LANE_MODES } from '../state/url-state';
import { type DatasetProblem, problem } from './problems';

/** Shorter than this, a step is gone before its caption can be read. */
export const MIN_STEP_MS = 2000;

export function checkStoriesAndMedia(json: unknown, dataset: Dataset): DatasetProblem[] {
  return [...checkStories(json, dataset), ...checkMedia(dataset)];
}

function checkStories(json: unknown, dataset: Dataset): DatasetProblem[] {
  const found: DatasetProblem[] = [];
  const events = new Map(dataset.events.map((event) => [event.id as string, event]));
  const series = new Set(dataset.events.flatMap((e) => (e.series ? [e.series.id] : [])));
  const tags = new Set(dataset.events.flatMap((e) => e.tags));
  rawArray(json, 'stories').forEach((story, s) => {
    if (!isRecord(story) || !Array.isArray(story.steps)) return; // the loader reports it
    const id = typeof story.id === 'string' ? story.id.slice(0, 80) : undefined;
    story.steps.forEach((step: unknown, i: number) => {
      if (!isRecord(step)) return;
      const at = `stories[${s}].steps[${i}]`;
      const report = (severity: DatasetProblem['severity'], field: string, reason: string) =>
        found.push(problem(severity, `${at}${field}`, undefined, id, reason));

      const eventId = text(step.event);
      const event = eventId === undefined ? undefined : events.get(eventId);
      if (eventId !== undefined && !event)
        report('error', '.event', `refers to an unknown event "${eventId}"`);

      const caption = text(step.caption);
      if (caption === undefined || caption.trim() === '')
        report('error', '.caption', 'is empty: every step needs a caption to show and announce');

      const from = text(step.from);
      const to = text(step.to);
      if (from !== undefined || to !== undefined) {
        const window = stepWindow({ ...EMPTY_STEP, from, to });
        if (!window)
          report(
            'error',
            from !== undefined ? '.from' : '.to',
            `"${from ?? ''}" to "${to ?? ''}" is not a window (a start after its end?)`,
          );
        else if (event && (event.endMs <= window.startMs || event.startMs >= window.endMs))
          report('error', '.event', `"${eventId}" is outside the step's window`);
        else if (spanMs(window) <= 0) report('error', '.to', 'ends where it starts');
      }

      if (isRecord(step.filters)) {
        const lists = [
          ['series', series],
          ['tag', tags],
        ] as const;
        for (const [name, known] of lists) {
          const values = step.filters[name];
          if (!Array.isArray(values)) continue;
          values.forEach((value: unknown, v: number) => {
            if (typeof value === 'string' && !known.has(value))
              report('warning', `.filters.${name}[${v}]`, `"${value}" matches no event`);
          });
        }
        if (event && !stepFiltersKeep(step.filters, event.series?.id, event.tags))
          report('error', '.filters', `hide the step's own event "${eventId}"`);
      }

      const lanes = text(step.lanes);
      if (lanes !== undefined && !LANE_MODES.some((mode) => mode === lanes))
        report('warning', '.lanes', `"${lanes}" is not one of ${LANE_MODES.join(', ')}`);

      if (typeof step.durationMs === 'number' && step.durationMs < MIN_STEP_MS)
        report(
          'warning',
          '.durationMs',
          `${step.durationMs} ms is too short to read a caption (at least ${MIN_STEP_MS})`,
        );
    });
  });
  return found;
}

/** Whether a step's series and tag filters (the ones that can be checked here) keep its event. */
function stepFiltersKeep(
  filters: Record<string, unknown>,
  seriesId: string | undefined,
  eventTags: readonly string[],
): boolean {
  const series = filters.series;
  if (Array.isArray(series) && series.length > 0 && !series.includes(seriesId)) return false;
  const tag = filters.tag;
  if (Array.isArray(tag) && tag.length > 0 && !tag.some((t) => eventTags.includes(t))) return false;
  return true;
}

function checkMedia(dataset: Dataset): DatasetProblem[] {
  const found: DatasetProblem[] = [];
  for (const event of dataset.events) {
    event.media.forEach((media, m) => {
      const at = `events[${event.index}].media[${m}]`;
      const report = (severity: DatasetProblem['severity'], field: string, reason: string) =>
        found.push(problem(severity, `${at}${field}`, event.index, event.id, reason));
      if (media.kind === 'image' && !media.alt?.trim())
        report('error', '.alt', 'is missing: an image is shown only with a text alternative');
      const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(media.url)?.[1]?.toLowerCase();
      if (scheme !== undefined && scheme !== 'https' && scheme !== 'data')
        report('error', '.url', 'must be relative to the dataset file, or https:');
      else if (media.url.startsWith('//'))
        report('error', '.url', 'must be relative to the dataset file, or https: (not "//host")');
      if (media.source !== undefined && !dataset.sources.has(media.source))
        report('error', '.source', `cites an unknown source "${media.source}"`);
    });
  }
  return found;
}

const EMPTY_STEP = {
  event: undefined,
  caption: undefined,
  filters: {},
  lanes: undefined,
  durationMs: undefined,
} as const;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function rawArray(json: unknown, key: string): readonly unknown[] {
  if (!isRecord(json)) return [];
  const value = json[key];
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
