import type { Era, SourceId, Story } from '../domain/types';
import { type DatasetProblem, problem } from './problems';

// Kept apart from parse-eras-stories (and its schemas) because the page itself runs it when it
// assembles a dataset read in chunks: the first view does not load the schemas for it.

export interface StoryLinkCheck {
  readonly stories: readonly Story[];
  readonly eras: readonly Era[];
  readonly warnings: readonly DatasetProblem[];
}

/**
 * References that need every event: a step naming an unknown event is skipped (a story left
 * with no step is left out), and sources an era cites must be in the registry. Warnings only.
 */
export function checkEraAndStoryLinks(
  eras: readonly Era[],
  stories: readonly Story[],
  /** The ids of the dataset's events. */
  ids: { has(id: string): boolean },
  sources: ReadonlyMap<SourceId, unknown>,
): StoryLinkCheck {
  const warnings: DatasetProblem[] = [];
  // Paths name each record's place in the file (`index`), not among those kept.
  eras.forEach((era, position) => {
    era.sources.forEach((id, i) => {
      if (!sources.has(id))
        warnings.push(
          problem(
            'warning',
            `eras[${era.index ?? position}].sources[${i}]`,
            undefined,
            era.id,
            `cites an unknown source "${id}"`,
          ),
        );
    });
  });
  const kept: Story[] = [];
  stories.forEach((story, position) => {
    const index = story.index ?? position;
    const steps = story.steps.filter((step, stepPosition) => {
      const stepIndex = step.index ?? stepPosition;
      if (step.event === undefined || ids.has(step.event)) return true;
      warnings.push(
        problem(
          'warning',
          `stories[${index}].steps[${stepIndex}].event`,
          undefined,
          story.id,
          `refers to an unknown event "${step.event}"; the step is skipped`,
        ),
      );
      return false;
    });
    if (steps.length > 0)
      kept.push(steps.length === story.steps.length ? story : { ...story, steps });
    else
      warnings.push(
        problem(
          'warning',
          `stories[${index}]`,
          undefined,
          story.id,
          'has no step left and is not shown',
        ),
      );
  });
  return { stories: kept, eras, warnings };
}
