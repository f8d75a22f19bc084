import { memo } from 'react';
import { formatNumber } from '../../i18n/format-date';
import { formatPeriod } from '../../i18n/format-period';
import { useI18n } from '../../i18n/i18n-context';
import type { Cluster, Layout } from '../model/layout-timeline';

interface ClusterButtonProps {
  readonly cluster: Cluster;
  readonly mode: Layout['mode'];
  readonly widthPx: number;
  readonly rtl: boolean;
  readonly barAreaTopPx: number;
  readonly barAreaBottomPx: number;
  readonly pillTopPx: number;
  readonly maxCount: number;
  readonly columnWidthPx: number;
  readonly tabbable: boolean;
  readonly onZoom: (cluster: Cluster) => void;
}

const CLUSTER_PILL_PX = 48;

/**
 * Events that do not fit at this zoom. In detail mode a "+N" pill where they are; in density mode
 * a column whose height grows with the count (on a log scale, so a quiet year still shows).
 */
export const ClusterButton = memo(function ClusterButton({
  cluster,
  mode,
  widthPx,
  rtl,
  barAreaTopPx,
  barAreaBottomPx,
  pillTopPx,
  maxCount,
  columnWidthPx,
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
  if (mode === 'density') {
    const areaPx = barAreaBottomPx - barAreaTopPx;
    const ratio = Math.log1p(cluster.count) / Math.log1p(maxCount);
    const heightPx = Math.max(28, Math.round(ratio * areaPx));
    return (
      <button
        {...common}
        className="cluster cluster-column"
        style={{
          transform: `translate(${rtl ? widthPx - cluster.xPx - columnWidthPx + 2 : cluster.xPx + 2}px, ${barAreaBottomPx - heightPx}px)`,
          height: `${heightPx}px`,
          width: `${columnWidthPx - 4}px`,
        }}
      >
        <span aria-hidden="true">{count}</span>
      </button>
    );
  }
  const xPx = Math.min(Math.max(0, cluster.xPx), widthPx - CLUSTER_PILL_PX);
  return (
    <button
      {...common}
      className="cluster cluster-pill"
      style={{
        transform: `translate(${rtl ? widthPx - xPx - CLUSTER_PILL_PX : xPx}px, ${pillTopPx}px)`,
      }}
    >
      <span aria-hidden="true">+{count}</span>
    </button>
  );
});
