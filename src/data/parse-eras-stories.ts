import * as v from 'valibot';
import { endsBeforeStart, parseEdtf } from '../domain/edtf';
import type { Era, EventId, SourceId, Story, StoryFilterList, StoryStep } from '../domain/types';
import { STORY_FILTER_LISTS } from '../domain/types';
import { type DatasetProblem, idOf, issuesToProblems, problem } from './problems';
import { EraSchema, type RawStoryStep, StorySchema, StoryStepSchema } from './schema';

// The optional eras and stories of a file (DATA.md, "Eras, stories and media"), read one record at
// a time: a bad era, story or step is reported and left out, and nothing else is lost.

export function parseEras(raw: readonly unknown[], problems: DatasetProblem[]): Era[] {
  const eras: Era[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const base = `eras[${index}]`;
    const result = v.safeParse(EraSchema, item);
    if (!result.success) {
      problems.push(...issuesToProblems(result.issues, base, { index: undefined, id: idOf(item) }));
      return;
    }
    const era = result.output;
    if (seen.has(era.id)) {
      problems.push(
        problem('error', `${base}.id`, undefined, era.id, `repeats the era id "${era.id}"`),
      );
      return;
    }
    const start = parseEdtf(era.start);
    const end = era.end === undefined ? undefined : parseEdtf(era.end);
    if (!start.ok || (end && !end.ok)) return; // the schema has checked both dates
    if (end?.ok && endsBeforeStart(start.value, end.value)) {
      problems.push(
        problem('error', `${base}.end`, undefined, era.id, 'must not be before the start'),
      );
      return;
    }
    seen.add(era.id);
    eras.push({
      id: era.id,
      title: era.title,
      start: start.value,
      end: end?.ok ? end.value : undefined,
      startMs: start.value.startMs,
      endMs: end?.ok ? end.value.endMs : undefined,
      party: era.party,
      kind: era.kind,
      sources: (era.sources ?? []) as SourceId[],
      index,
    });
  });
  return eras;
}

export function parseStories(raw: readonly unknown[], problems: DatasetProblem[]): Story[] {
  const stories: Story[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const base = `stories[${index}]`;
    const result = v.safeParse(StorySchema, item);
    if (!result.success) {
      problems.push(...issuesToProblems(result.issues, base, { index: undefined, id: idOf(item) }));
      return;
    }
    const story = result.output;
    if (seen.has(story.id)) {
      problems.push(
        problem('error', `${base}.id`, undefined, story.id, `repeats the story id "${story.id}"`),
      );
      return;
    }
    const steps: StoryStep[] = [];
    story.steps.forEach((rawStep, stepIndex) => {
      const stepResult = v.safeParse(StoryStepSchema, rawStep);
      if (!stepResult.success) {
        problems.push(
          ...issuesToProblems(stepResult.issues, `${base}.steps[${stepIndex}]`, {
            index: undefined,
            id: story.id,
          }),
        );
        return;
      }
      steps.push({ ...toStep(stepResult.output), index: stepIndex });
    });
    if (steps.length === 0) {
      problems.push(
        problem('error', `${base}.steps`, undefined, story.id, 'has no step that can be shown'),
      );
      return;
    }
    seen.add(story.id);
    stories.push({
      id: story.id,
      title: story.title,
      description: story.description,
      steps,
      index,
    });
  });
  return stories;
}

function toStep(raw: RawStoryStep): StoryStep {
  const filters: Partial<Record<StoryFilterList, readonly string[]>> & { q?: string } = {};
  for (const name of STORY_FILTER_LISTS) {
    const values = raw.filters?.[name];
    if (Array.isArray(values)) filters[name] = values.filter((value) => typeof value === 'string');
  }
  if (raw.filters?.q !== undefined) filters.q = raw.filters.q;
  return {
    event: raw.event as EventId | undefined,
    caption: raw.caption,
    from: raw.from,
    to: raw.to,
    filters,
    lanes: raw.lanes,
    durationMs: raw.durationMs,
  };
}

export { checkEraAndStoryLinks, type StoryLinkCheck } from './era-story-links';
