// TimelineJS 2 (before 2015) wrote {"timeline": {"headline", "text", "asset", "date": [...],
// "era": [...]}}, each date with "startDate": "1990,3,15", "headline", "text", "tag" and an
// "asset" {media, credit, caption}. It is turned into TimelineJS 3's shape, so that one
// converter reads both.

export function isTimelineJs2(json: Record<string, unknown>): boolean {
  return isRecord(json.timeline) && Array.isArray(json.timeline.date);
}

export function fromTimelineJs2(json: Record<string, unknown>): Record<string, unknown> {
  const timeline = isRecord(json.timeline) ? json.timeline : {};
  const dates = Array.isArray(timeline.date) ? timeline.date : [];
  const eras = Array.isArray(timeline.era) ? timeline.era : [];
  return {
    title: {
      text: { headline: timeline.headline, text: timeline.text },
      ...media(timeline.asset),
    },
    events: dates.map((date) => (isRecord(date) ? slide(date) : date)),
    eras: eras.map((era) =>
      isRecord(era)
        ? {
            start_date: dateOf(era.startDate),
            end_date: dateOf(era.endDate),
            text: { headline: era.headline, text: era.text },
          }
        : era,
    ),
  };
}

function slide(date: Record<string, unknown>): Record<string, unknown> {
  return {
    start_date: dateOf(date.startDate),
    ...(date.endDate === undefined || date.endDate === ''
      ? {}
      : { end_date: dateOf(date.endDate) }),
    text: { headline: date.headline, text: date.text },
    ...(typeof date.tag === 'string' && date.tag !== '' ? { group: date.tag } : {}),
    ...media(date.asset),
  };
}

function media(asset: unknown): Record<string, unknown> {
  if (!isRecord(asset) || typeof asset.media !== 'string' || asset.media.trim() === '') return {};
  return { media: { url: asset.media, credit: asset.credit, caption: asset.caption } };
}

/**
 * "1990,3,15" (year, month, day, then hour and minute, which are dropped) as a TimelineJS 3 date
 * object; anything else is passed on as it is, for the converter to report.
 */
function dateOf(value: unknown): unknown {
  if (typeof value === 'number') return { year: value };
  if (typeof value !== 'string') return value;
  const parts = value.split(',').map((part) => part.trim());
  const [year, month, day] = parts;
  if (year === undefined || !/^-?\d+$/.test(year)) return { year: value };
  return {
    year: Number(year),
    ...(month && /^\d+$/.test(month) ? { month: Number(month) } : {}),
    ...(day && /^\d+$/.test(day) ? { day: Number(day) } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
