/**
 * A TimelineJS timeline: no bilateral-events marker, and slides with a start_date or a headline,
 * as TimelineJS 3 writes them (bare or inside {"timeline": …}), or TimelineJS 2's dates.
 */
export function isTimelineJs(json: unknown): boolean {
  if (!isRecord(json) || 'format' in json) return false;
  const timeline = isRecord(json.timeline) ? json.timeline : json;
  if (Array.isArray(timeline.date)) return true;
  if (!Array.isArray(timeline.events)) return false;
  return timeline.events.some(
    (slide) =>
      isRecord(slide) &&
      (isRecord(slide.start_date) || (isRecord(slide.text) && 'headline' in slide.text)),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
