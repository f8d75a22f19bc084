import type { Scene, SceneItem } from './timeline-scene';
import { FONT_FAMILY } from './timeline-scene';

// The scene as a standalone SVG document. Every text and attribute value is escaped, and
// characters XML cannot hold are dropped: dataset text is plain text, never markup.

export function sceneToSvg(scene: Scene, title: string): string {
  const { widthPx, heightPx, clip } = scene;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" role="img" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><clipPath id="timeline-clip"><rect x="${n(clip.x)}" y="${n(clip.y)}" width="${n(clip.width)}" height="${n(clip.height)}"/></clipPath></defs>`,
    `<rect width="${widthPx}" height="${heightPx}" fill="${escapeXml(scene.background)}"/>`,
    ...scene.under.map(itemToSvg),
    `<g clip-path="url(#timeline-clip)">`,
    ...scene.clipped.map(itemToSvg),
    `</g>`,
    ...scene.over.map(itemToSvg),
    `</svg>`,
    '',
  ].join('\n');
}

function itemToSvg(item: SceneItem): string {
  switch (item.kind) {
    case 'rect':
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(Math.max(0, item.width))}" height="${n(item.height)}" rx="${n(item.radius)}" fill="${item.fill ? escapeXml(item.fill) : 'none'}"${item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="1.5"` : ''}${item.opacity === undefined ? '' : ` opacity="${n(item.opacity)}"`}/>`;
    case 'line':
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${escapeXml(item.stroke)}" stroke-width="${n(item.width)}"/>`;
    case 'symbol': {
      const r = item.sizePx / 2;
      const fill = escapeXml(item.fill);
      switch (item.tone) {
        case 'cooperative':
          return `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(r)}" fill="${fill}"/>`;
        case 'conflictual':
          return `<polygon points="${n(item.cx)},${n(item.cy - r)} ${n(item.cx + r)},${n(item.cy)} ${n(item.cx)},${n(item.cy + r)} ${n(item.cx - r)},${n(item.cy)}" fill="${fill}"/>`;
        case 'neutral':
          return `<rect x="${n(item.cx - r)}" y="${n(item.cy - r)}" width="${n(item.sizePx)}" height="${n(item.sizePx)}" rx="2" fill="${fill}"/>`;
      }
      return '';
    }
    case 'text': {
      // A right-to-left text is embedded as such (RLE … PDF) rather than given SVG's `direction`,
      // which some renderers also apply to text-anchor: the scene's anchors are sides.
      const value = item.direction === 'rtl' ? `\u202B${item.text}\u202C` : item.text;
      return `<text x="${n(item.x)}" y="${n(item.y)}" font-size="${item.font.sizePx}" font-weight="${item.font.weight}" fill="${escapeXml(item.fill)}"${item.anchor === 'start' ? '' : ` text-anchor="${item.anchor}"`}>${escapeXml(value)}</text>`;
    }
  }
}

function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

// XML 1.0 allows tab, newline, carriage return and the characters from U+0020 on, except the
// surrogate halves on their own and U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? '');
}
