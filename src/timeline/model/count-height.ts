import { scaleSymlog } from 'd3-scale';

// How tall a count of events is drawn: one scale for the density strip, the overview, the
// presenter's strip, the density columns and the exported image. Symlog (log(1 + n)) keeps a
// quiet bin visible beside a bin a thousand times fuller; a bin with any event gets at least minPx.

export function countHeightScale(
  maxCount: number,
  maxPx: number,
  minPx = 2,
): (count: number) => number {
  const scale = scaleSymlog()
    .domain([0, Math.max(1, maxCount)])
    .range([0, maxPx])
    .clamp(true);
  return (count) => (count <= 0 ? 0 : Math.max(minPx, scale(count)));
}
