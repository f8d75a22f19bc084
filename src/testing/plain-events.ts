import type { ParseResult } from '../data/parse-dataset';
import type { TimelineEvent } from '../domain/types';

// Events read in chunks build most of their fields on first use (data/loaded-event.ts), as
// getters that deep equality does not see. Tests compare them with the whole-file parser's plain
// events through these copies, which read every field.

const EVERY_FIELD: Record<keyof TimelineEvent, true> = {
  id: true,
  index: true,
  date: true,
  end: true,
  startMs: true,
  endMs: true,
  title: true,
  summary: true,
  type: true,
  tags: true,
  location: true,
  participants: true,
  statements: true,
  outcomes: true,
  series: true,
  related: true,
  sources: true,
  verification: true,
  i18n: true,
  media: true,
  displayDate: true,
  group: true,
  goldsteinScale: true,
  avgTone: true,
  numMentions: true,
  quadClass: true,
};

export function plainEvent(event: TimelineEvent): TimelineEvent {
  // Every key of TimelineEvent, read from the event: the copy is a TimelineEvent.
  return Object.fromEntries(
    Object.keys(EVERY_FIELD).map((key) => [key, event[key as keyof TimelineEvent]]),
  ) as unknown as TimelineEvent;
}

/** The result with every event a plain object of all its fields. */
export function plainResult(result: ParseResult | undefined): ParseResult | undefined {
  if (!result?.ok) return result;
  return {
    ...result,
    dataset: { ...result.dataset, events: result.dataset.events.map(plainEvent) },
  };
}
