// How tall a count of events is drawn: one scale for the density strip, the overview, the
// presenter's strip, the density columns and the exported image. It is symlog — log(1 + n), as
// d3-scale's scaleSymlog with its constant 1 — so a quiet bin stays visible beside a bin a thousand
// times fuller; a bin with any event gets at least minPx. Written out rather than imported: every
// numeric d3 scale brings d3-format (its tick formatter, ~2 KB gzip) into the first view for
// nothing here (see docs/architecture.md).

export function countHeightScale(
  maxCount: number,
  maxPx: number,
  minPx = 2,
): (count: number) => number {
  const top = Math.log1p(Math.max(1, maxCount));
  return (count) =>
    count <= 0 ? 0 : Math.max(minPx, Math.min(maxPx, (Math.log1p(count) / top) * maxPx));
}
