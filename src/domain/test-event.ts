import { parseEdtf } from './edtf';
import type { EventId, TimelineEvent } from './types';

/** An event for tests: an id, a date (and end), and whatever fields the test is about. */
export function testEvent(
  id: string,
  date: string,
  fields: Partial<Omit<TimelineEvent, 'id' | 'date' | 'end'>> & { end?: string } = {},
): TimelineEvent {
  const { end: endText, ...rest } = fields;
  const start = parseEdtf(date);
  const end = endText === undefined ? undefined : parseEdtf(endText);
  if (!start.ok || (end && !end.ok)) throw new Error(`bad test date ${date} ${endText ?? ''}`);
  const endValue = end?.ok ? end.value : undefined;
  return {
    id: id as EventId,
    index: 0,
    date: start.value,
    end: endValue,
    startMs: start.value.startMs,
    endMs: Math.max(start.value.endMs, endValue?.endMs ?? 0),
    title: id,
    summary: undefined,
    type: undefined,
    tags: [],
    location: undefined,
    participants: [],
    statements: [],
    outcomes: [],
    series: undefined,
    related: [],
    sources: [],
    verification: undefined,
    i18n: {},
    ...rest,
    media: rest.media ?? [],
  };
}
