import { useLayoutEffect, useRef } from 'react';
import type { TimeWindow } from '../../domain/time-window';
import type { EventIndex } from '../model/event-index';
import { densityCounts } from '../model/layout-timeline';

interface DensityStripProps {
  readonly index: EventIndex;
  readonly window: TimeWindow;
  readonly widthPx: number;
  readonly topPx: number;
  readonly heightPx: number;
  readonly rtl: boolean;
}

const BIN_PX = 3;

/**
 * How many events start in each sliver of the view: one canvas, redrawn only when the view
 * changes. It has no text of its own; the cluster buttons carry the counts for assistive technology.
 */
export function DensityStrip({ index, window, widthPx, topPx, heightPx, rtl }: DensityStripProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || widthPx === 0) return;
    const ratio = globalThis.devicePixelRatio || 1;
    if (canvas.width !== Math.round(widthPx * ratio)) canvas.width = Math.round(widthPx * ratio);
    if (canvas.height !== Math.round(heightPx * ratio))
      canvas.height = Math.round(heightPx * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, widthPx, heightPx);
    const bins = Math.ceil(widthPx / BIN_PX);
    const counts = densityCounts(index, window, bins);
    let max = 0;
    for (const count of counts) max = Math.max(max, count);
    if (max === 0) return;
    context.fillStyle = getComputedStyle(canvas).color;
    const scale = heightPx - 4;
    for (let bin = 0; bin < bins; bin++) {
      const count = counts[bin]!;
      if (count === 0) continue;
      // A square root keeps single events visible beside very dense bins.
      const barPx = Math.max(2, Math.sqrt(count / max) * scale);
      const xPx = rtl ? widthPx - (bin + 1) * BIN_PX : bin * BIN_PX;
      context.fillRect(xPx, heightPx - barPx, BIN_PX - 1, barPx);
    }
  }, [index, window, widthPx, heightPx, rtl]);
  return (
    <canvas
      ref={canvasRef}
      className="timeline-density"
      style={{ top: `${topPx}px`, width: `${widthPx}px`, height: `${heightPx}px` }}
    />
  );
}
