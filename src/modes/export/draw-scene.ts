import { FONT_FAMILY, type Scene, type SceneFont, type SceneItem } from './timeline-scene';

// The scene on a canvas, with the 2D API directly: under the page's Content-Security-Policy an
// SVG cannot be loaded into an <img> from a blob or data URL, so the PNG is drawn, not converted.

export function canvasFont(font: SceneFont): string {
  return `${font.weight} ${font.sizePx}px ${FONT_FAMILY}`;
}

export function drawScene(context: CanvasRenderingContext2D, scene: Scene): void {
  context.fillStyle = scene.background;
  context.fillRect(0, 0, scene.widthPx, scene.heightPx);
  for (const item of scene.under) drawItem(context, item);
  context.save();
  context.beginPath();
  context.rect(scene.clip.x, scene.clip.y, scene.clip.width, scene.clip.height);
  context.clip();
  for (const item of scene.clipped) drawItem(context, item);
  context.restore();
  for (const item of scene.over) drawItem(context, item);
}

function drawItem(context: CanvasRenderingContext2D, item: SceneItem): void {
  context.save();
  switch (item.kind) {
    case 'rect':
      context.globalAlpha = item.opacity ?? 1;
      context.beginPath();
      context.roundRect(item.x, item.y, Math.max(0, item.width), item.height, item.radius);
      if (item.fill) {
        context.fillStyle = item.fill;
        context.fill();
      }
      if (item.stroke) {
        context.strokeStyle = item.stroke;
        context.lineWidth = 1.5;
        context.stroke();
      }
      break;
    case 'line':
      context.beginPath();
      context.moveTo(item.x1, item.y1);
      context.lineTo(item.x2, item.y2);
      context.strokeStyle = item.stroke;
      context.lineWidth = item.width;
      context.stroke();
      break;
    case 'symbol': {
      const r = item.sizePx / 2;
      context.fillStyle = item.fill;
      context.beginPath();
      switch (item.tone) {
        case 'cooperative':
          context.arc(item.cx, item.cy, r, 0, Math.PI * 2);
          break;
        case 'conflictual':
          context.moveTo(item.cx, item.cy - r);
          context.lineTo(item.cx + r, item.cy);
          context.lineTo(item.cx, item.cy + r);
          context.lineTo(item.cx - r, item.cy);
          context.closePath();
          break;
        case 'neutral':
          context.roundRect(item.cx - r, item.cy - r, item.sizePx, item.sizePx, 2);
          break;
      }
      context.fill();
      break;
    }
    case 'text':
      context.font = canvasFont(item.font);
      context.fillStyle = item.fill;
      context.textAlign =
        item.anchor === 'middle' ? 'center' : item.anchor === 'end' ? 'right' : 'left';
      context.textBaseline = 'alphabetic';
      // The interface's own words take the page's direction; dataset titles in Urdu or Arabic
      // script still read right to left inside their own run.
      context.direction = item.direction ?? 'inherit';
      context.fillText(item.text, item.x, item.y);
      break;
  }
  context.restore();
}
