import type { Dataset, Era, SourceId, Story, StoryStep, TimelineEvent } from '../../domain/types';
import { STORY_FILTER_LISTS } from '../../domain/types';
import type { V1Document, V1Event, V1Source } from '../importers/import-result';

/**
 * The domain back as a bilateral-events v1 document, every field the domain holds included.
 * Pass a subset of events (a filtered view) to export just those; the source registry is then
 * cut to the sources they cite, so the file stays self-contained and warning-free.
 */
export function toV1Json(
  dataset: Dataset,
  events: readonly TimelineEvent[] = dataset.events,
): V1Document {
  const cited = new Set<SourceId>();
  for (const event of events) {
    for (const id of event.sources) cited.add(id);
    for (const statement of event.statements) if (statement.source) cited.add(statement.source);
    for (const media of event.media) if (media.source) cited.add(media.source);
  }
  for (const era of dataset.eras) for (const id of era.sources) cited.add(id);
  // A story keeps the steps whose event is exported (or that show a window only).
  const exported = new Set<string>(events.map((event) => event.id));
  const stories = dataset.stories
    .map((story) => ({
      story,
      steps: story.steps.filter((step) => step.event === undefined || exported.has(step.event)),
    }))
    .filter(({ steps }) => steps.length > 0)
    .map(({ story, steps }) => toV1Story(story, steps));
  const sources: V1Source[] = [];
  for (const source of dataset.sources.values()) {
    if (!cited.has(source.id)) continue;
    sources.push(
      compact({
        id: source.id,
        publisher: source.publisher,
        title: source.title,
        url: source.url,
        published: source.published,
        kind: source.kind,
      }),
    );
  }
  return compact({
    format: 'bilateral-events' as const,
    version: 1 as const,
    title: dataset.title,
    description: dataset.description,
    language: dataset.language,
    parties: dataset.parties.map((party) => ({ code: party.code, name: party.name })),
    sources,
    events: events.map(toV1Event),
    eras: nonEmpty(dataset.eras.map(toV1Era)),
    stories: nonEmpty(stories),
  });
}

function toV1Era(era: Era) {
  return compact({
    id: era.id,
    title: era.title,
    start: era.start.text,
    end: era.end?.text,
    party: era.party,
    kind: era.kind,
    sources: nonEmpty([...era.sources]),
  });
}

function toV1Story(story: Story, steps: readonly StoryStep[]) {
  return compact({
    id: story.id,
    title: story.title,
    description: story.description,
    steps: steps.map((step) => {
      const filters: Record<string, string | readonly string[]> = {};
      for (const name of STORY_FILTER_LISTS) {
        const values = step.filters[name];
        if (values && values.length > 0) filters[name] = [...values];
      }
      if (step.filters.q !== undefined) filters.q = step.filters.q;
      return compact({
        event: step.event,
        caption: step.caption,
        from: step.from,
        to: step.to,
        filters: Object.keys(filters).length > 0 ? filters : undefined,
        lanes: step.lanes,
        durationMs: step.durationMs,
      });
    }),
  });
}

function toV1Event(event: TimelineEvent): V1Event {
  const i18n = Object.entries(event.i18n);
  return compact({
    id: event.id,
    date: event.date.text,
    end: event.end?.text,
    title: event.title,
    summary: event.summary,
    type: event.type,
    tags: nonEmpty([...event.tags]),
    location: event.location && compact({ ...event.location }),
    participants: nonEmpty(event.participants.map((p) => compact({ ...p }))),
    statements: nonEmpty(event.statements.map((s) => compact({ ...s }))),
    outcomes: nonEmpty([...event.outcomes]),
    series: event.series && compact({ ...event.series }),
    related: nonEmpty(event.related.map((r) => ({ type: r.type, id: r.id }))),
    sources: nonEmpty([...event.sources]),
    verification: event.verification && compact({ ...event.verification }),
    media: nonEmpty(event.media.map((m) => compact({ ...m }))),
    displayDate: event.displayDate,
    group: event.group,
    goldsteinScale: event.goldsteinScale,
    avgTone: event.avgTone,
    numMentions: event.numMentions,
    quadClass: event.quadClass,
    i18n:
      i18n.length === 0
        ? undefined
        : Object.fromEntries(i18n.map(([lang, t]) => [lang, compact({ ...t })])),
  });
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length === 0 ? undefined : items;
}

/** Drops keys whose value is undefined, so the file has no empty noise in it. */
function compact<T extends object>(value: T): T {
  for (const key in value) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}
