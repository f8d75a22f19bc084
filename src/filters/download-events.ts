import type { Dataset, TimelineEvent } from '../domain/types';

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
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName(dataset.title)}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'events';
}
