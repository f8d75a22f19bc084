// Stands in for d3-time-format in the build (vite.config.ts, resolve.alias). d3-scale's time
// scales ask d3-time-format for their default tick formatter when a scale is made, and that
// module sets up an English locale as it loads: ~3.3 KB gzip of the first view for a formatter
// the timeline never calls — its ticks are labelled through Intl in the reader's language
// (i18n/format-tick.ts). What a stray `scale.tickFormat()` would get is a plain ISO date, not a
// wrong locale's words. Measured in docs/architecture.md, "The budget".

const iso = (date: Date) => date.toISOString();

export function timeFormat(_specifier: string): (date: Date) => string {
  return iso;
}

export function utcFormat(_specifier: string): (date: Date) => string {
  return iso;
}
