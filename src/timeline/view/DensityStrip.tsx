import { useLayoutEffect, useRef } from 'react';
import { countHeightScale } from '../model/count-height';
import { densityBins } from '../model/density-bins';
import type { EventIndex } from '../model/event-index';
import { scaleWidthPx, type TimeScale } from '../model/time-scale';
import { inNextFrame } from './in-next-frame';

interface DensityStripProps {
  readonly index: EventIndex;
  readonly scale: TimeScale;
  readonly topPx: number;
  readonly heightPx: number;
}

const BIN_PX = 3;

/**
 * How many events start in each sliver of the view: one canvas, redrawn only when the view
 * changes. It has no text of its own; the cluster buttons carry the counts for assistive technology.
 */
export function DensityStrip({ index, scale, topPx, heightPx }: DensityStripProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const widthPx = scaleWidthPx(scale);
  useLayoutEffect(
    () =>
      inNextFrame(() => {
        const canvas = canvasRef.current;
        const context = canvas?.getContext('2d');
        if (!canvas || !context || widthPx === 0) return;
        const ratio = globalThis.devicePixelRatio || 1;
        if (canvas.width !== Math.round(widthPx * ratio))
          canvas.width = Math.round(widthPx * ratio);
        if (canvas.height !== Math.round(heightPx * ratio))
          canvas.height = Math.round(heightPx * ratio);
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.clearRect(0, 0, widthPx, heightPx);
        const bins = Math.ceil(widthPx / BIN_PX);
        const counts = densityBins(index, scale, bins);
        let max = 0;
        for (const count of counts) max = Math.max(max, count);
        if (max === 0) return;
        context.fillStyle = getComputedStyle(canvas).color;
        const height = countHeightScale(max, heightPx - 4);
        for (let bin = 0; bin < bins; bin++) {
          const barPx = height(counts[bin]!);
          if (barPx > 0) context.fillRect(bin * BIN_PX, heightPx - barPx, BIN_PX - 1, barPx);
        }
      }),
    [index, scale, widthPx, heightPx],
  );
  return (
    <canvas
      ref={canvasRef}
      className="timeline-density"
      style={{ top: `${topPx}px`, width: `${widthPx}px`, height: `${heightPx}px` }}
    />
  );
}
