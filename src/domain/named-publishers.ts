import type { Dataset } from './types';

/**
 * The publishers a dataset's sources come from, those with the most sources first, the first
 * `count` by name and the rest as "+N": the attribution on the page and on exported images.
 */
export function namedPublishers(dataset: Dataset, count: number): string[] {
  const sources = new Map<string, number>();
  for (const source of dataset.sources.values()) {
    if (source.publisher) sources.set(source.publisher, (sources.get(source.publisher) ?? 0) + 1);
  }
  const publishers = [...sources.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const named = publishers.slice(0, count);
  if (publishers.length > count) named.push(`+${publishers.length - count}`);
  return named;
}
