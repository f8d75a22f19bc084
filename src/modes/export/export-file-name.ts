import { slug } from '../../data/importers/slug';
import type { TimeWindow } from '../../domain/time-window';
import { formatWindowBound } from '../../state/url-state';

/** "china-pakistan-relations-2022-06-01-2024-02-29.png": what it shows, safe on any file system. */
export function exportFileName(title: string, window: TimeWindow, extension: string): string {
  const name = slug(title) || 'timeline';
  return `${name}-${formatWindowBound(window.startMs)}-${formatWindowBound(window.endMs - 1)}.${extension}`;
}
