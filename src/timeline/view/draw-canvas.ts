import type { RefObject } from 'react';

/**
 * Draws a canvas of `widthPx` × `heightPx` CSS pixels in the next animation frame, before that
 * frame is painted: the canvas is sized to the screen's pixels and cleared, then `draw` paints on
 * it in CSS pixels. Returns what cancels it (an effect's cleanup). The canvases take their colours
 * from CSS: read in React's commit, they made the browser work out the styles of the whole new page
 * there (~15 ms of the first view's longest task, profiled); read in the frame, they come with the
 * styles that frame works out anyway. The canvas is still drawn in the same frame as the view.
 */
export function drawCanvasInNextFrame(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  widthPx: number,
  heightPx: number,
  draw: (context: CanvasRenderingContext2D, canvas: HTMLCanvasElement) => void,
): () => void {
  const run = () => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || widthPx === 0) return;
    const ratio = globalThis.devicePixelRatio || 1;
    if (canvas.width !== Math.round(widthPx * ratio)) canvas.width = Math.round(widthPx * ratio);
    if (canvas.height !== Math.round(heightPx * ratio)) {
      canvas.height = Math.round(heightPx * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, widthPx, heightPx);
    draw(context, canvas);
  };
  if (typeof requestAnimationFrame !== 'function') {
    run();
    return () => {};
  }
  const frame = requestAnimationFrame(run);
  return () => cancelAnimationFrame(frame);
}
