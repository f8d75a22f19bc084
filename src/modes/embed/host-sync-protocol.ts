// What public/embed.js and an embedded page say to each other when the host page's address is to
// follow the embed (an iframe marked `data-bilateral-sync`). The host starts it: nothing of the
// kind is said to a host that did not ask. Plain data only; every field is checked on arrival.

export const SYNC_REQUEST_TYPE = 'bilateral-timeline:sync';
export const SYNC_STATE_TYPE = 'bilateral-timeline:state';

/** Where the embed is: the open event, or the story and its step (1-based). */
export interface EmbedPlace {
  readonly event: string | undefined;
  readonly story: string | undefined;
  readonly step: number | undefined;
}

const ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

/**
 * A host's request, read from a message: `{type: "bilateral-timeline:sync", event?, story?, step?}`.
 * Ids follow the dataset's id rule; anything else in a field is dropped, never passed on.
 */
export function readSyncRequest(data: unknown): EmbedPlace | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  if (!('type' in data) || data.type !== SYNC_REQUEST_TYPE) return undefined;
  const field = (name: string): unknown => (name in data ? Reflect.get(data, name) : undefined);
  const event = field('event');
  const story = field('story');
  const step = field('step');
  const storyId = typeof story === 'string' && ID.test(story) ? story : undefined;
  return {
    event: typeof event === 'string' && ID.test(event) ? event : undefined,
    story: storyId,
    step:
      storyId !== undefined && typeof step === 'number' && Number.isInteger(step) && step >= 1
        ? step
        : undefined,
  };
}

/** The message that tells the host where the embed is now. */
export function stateMessage(place: EmbedPlace): Record<string, unknown> {
  return {
    type: SYNC_STATE_TYPE,
    event: place.event ?? null,
    story: place.story ?? null,
    step: place.story === undefined ? null : (place.step ?? 1),
  };
}

export function samePlace(a: EmbedPlace, b: EmbedPlace): boolean {
  return a.event === b.event && a.story === b.story && a.step === b.step;
}

/** The story and step in a page's query string (BRIEF.md's `story`, `step`). */
export function storyPlaceOf(search: string): Pick<EmbedPlace, 'story' | 'step'> {
  const params = new URLSearchParams(search);
  const story = params.get('story') ?? '';
  if (!ID.test(story)) return { story: undefined, step: undefined };
  const step = Number(params.get('step') ?? '1');
  return { story, step: Number.isInteger(step) && step >= 1 ? step : 1 };
}
