/** A TimelineJS file: no bilateral-events marker, and slides with start_date or a headline. */
export function isTimelineJs(json: unknown): boolean {
  if (!isRecord(json) || 'format' in json || !Array.isArray(json.events)) return false;
  return json.events.some(
    (slide) =>
      isRecord(slide) &&
      (isRecord(slide.start_date) || (isRecord(slide.text) && 'headline' in slide.text)),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
