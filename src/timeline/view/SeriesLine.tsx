interface SeriesLineProps {
  readonly points: readonly { key: string; xPx: number; yPx: number }[];
  readonly widthPx: number;
  readonly heightPx: number;
}

/** The meetings of one series joined in time order, under their marks. */
export function SeriesLine({ points, widthPx, heightPx }: SeriesLineProps) {
  if (points.length < 2) return null;
  return (
    <svg className="series-line" width={widthPx} height={heightPx} aria-hidden="true">
      <polyline points={points.map((p) => `${p.xPx},${p.yPx}`).join(' ')} />
      {points.map((p) => (
        <circle key={p.key} cx={p.xPx} cy={p.yPx} r={4} />
      ))}
    </svg>
  );
}
