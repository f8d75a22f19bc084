// Text is measured on a canvas (never by laying out DOM), once per text and font.
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;

/** Width in px of `text` in a CSS font such as `600 13px <stack>`; an estimate without a canvas. */
export function measureTextPx(text: string, font: string): number {
  const key = `${font}\u0000${text}`;
  let width = cache.get(key);
  if (width !== undefined) return width;
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (context) {
    context.font = font;
    width = context.measureText(text).width;
  } else {
    const size = Number(/(\d+)px/.exec(font)?.[1] ?? 13);
    width = [...text].length * size * 0.55;
  }
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(key, width);
  return width;
}
