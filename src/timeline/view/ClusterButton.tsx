import { memo } from 'react';
import { formatNumber } from '../../i18n/format-date';
import { formatPeriod } from '../../i18n/format-period';
import { useI18n } from '../../i18n/i18n-context';
import { countHeightScale } from '../model/count-height';
import type { Cluster, Layout } from '../model/layout-timeline';
import { type Band, pillText } from './use-timeline-layout';

interface ClusterButtonProps {
  readonly cluster: Cluster;
  readonly mode: Layout['mode'];
  readonly band: Band;
  readonly tabbable: boolean;
  readonly onZoom: (cluster: Cluster) => void;
}

const MIN_COLUMN_PX = 28;

/**
 * Events that do not fit at this zoom. In detail mode a "+N" pill where they are; in density mode
 * a column whose height grows with the count (the shared count→height scale).
 */
export const ClusterButton = memo(function ClusterButton({
  cluster,
  mode,
  band,
  tabbable,
  onZoom,
}: ClusterButtonProps) {
  const { locale, messages } = useI18n();
  const count = formatNumber(cluster.count, locale);
  const name = messages.clusterName(
    count,
    formatPeriod(cluster.firstStartMs, cluster.lastStartMs, locale, messages.dateWords),
  );
  const common = {
    type: 'button' as const,
    'aria-label': name,
    'data-cluster': '',
    tabIndex: tabbable ? 0 : -1,
    onClick: () => onZoom(cluster),
  };
  const widthPx = cluster.endPx - cluster.startPx;
  if (mode === 'density') {
    const areaPx = band.columnBottomPx - band.columnTopPx;
    const heightPx = countHeightScale(
      band.maxCount,
      areaPx,
      Math.min(areaPx, MIN_COLUMN_PX),
    )(cluster.count);
    return (
      <button
        {...common}
        className="cluster cluster-column"
        style={{
          transform: `translate(${cluster.startPx + 2}px, ${band.columnBottomPx - heightPx}px)`,
          height: `${heightPx}px`,
          width: `${widthPx - 4}px`,
        }}
      >
        <span aria-hidden="true">{count}</span>
      </button>
    );
  }
  return (
    <button
      {...common}
      className="cluster cluster-pill"
      style={{
        transform: `translate(${cluster.startPx}px, ${band.pillTopPx}px)`,
        width: `${widthPx}px`,
      }}
    >
      <span aria-hidden="true">{pillText(count)}</span>
    </button>
  );
});
