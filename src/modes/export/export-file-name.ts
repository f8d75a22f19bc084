import { formatWindowBound } from '../../state/url-state';
import type { TimeWindow } from '../../timeline/model/time-window';

/** "china-pakistan-relations-2022-06-01-2024-02-29.png": what it shows, safe on any file system. */
export function exportFileName(title: string, window: TimeWindow, extension: string): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'timeline';
  return `${slug}-${formatWindowBound(window.startMs)}-${formatWindowBound(window.endMs - 1)}.${extension}`;
}
