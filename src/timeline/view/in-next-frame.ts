/**
 * Runs `draw` in the next animation frame, before that frame is painted; returns what cancels it
 * (an effect's cleanup). The canvases take their colours from CSS: read in React's commit, they
 * made the browser work out the styles of the whole new page there (~15 ms of the first view's
 * longest task, profiled); read in the frame, they come with the styles that frame works out
 * anyway. The canvas is still drawn in the same frame as the rest of the view.
 */
export function inNextFrame(draw: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    draw();
    return () => {};
  }
  const frame = requestAnimationFrame(draw);
  return () => cancelAnimationFrame(frame);
}
