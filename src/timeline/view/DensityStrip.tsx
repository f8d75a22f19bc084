import { useLayoutEffect, useRef } from 'react';
import { countHeightScale } from '../model/count-height';
import { densityBins } from '../model/density-bins';
import type { EventIndex } from '../model/event-index';
import { scaleWidthPx, type TimeScale } from '../model/time-scale';
import { drawCanvasInNextFrame } from './draw-canvas';

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
      drawCanvasInNextFrame(canvasRef, widthPx, heightPx, (context, canvas) => {
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
