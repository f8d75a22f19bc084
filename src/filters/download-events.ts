import { slug } from '../data/importers/slug';
import type { Dataset, TimelineEvent } from '../domain/types';
import { downloadBlob } from '../ui/download-blob';

export type DownloadFormat = 'csv' | 'json';

/**
 * Saves the given events as a bilateral-events v1 JSON file or a CSV a spreadsheet opens. The
 * exporters load on first use: most readers never download anything.
 */
export async function downloadEvents(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  format: DownloadFormat,
): Promise<void> {
  const { toV1Json } = await import('../data/export/to-v1-json');
  const doc = toV1Json(dataset, events);
  const body =
    format === 'json'
      ? `${JSON.stringify(doc, null, 2)}\n`
      : (await import('../data/export/to-csv')).toCsv(doc);
  const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  downloadBlob(new Blob([body], { type }), `${slug(dataset.title) || 'events'}.${format}`);
}
