import type { Dataset, TimelineEvent } from './types';

export interface Citation {
  /** Chicago-style note, plain text. */
  readonly text: string;
  readonly bibtex: string;
}

export interface CiteOptions {
  readonly permalink: string;
  /** The day the reader accessed the page, as YYYY-MM-DD (passed in: never read from a clock here). */
  readonly accessed: string;
  /** The event's date as shown to readers ("21 January 2024"). */
  readonly dateText: string;
  readonly accessedText: string;
}

/** A citation of the event in this timeline, with its main (first) source. */
export function citeEvent(event: TimelineEvent, dataset: Dataset, options: CiteOptions): Citation {
  const source = event.sources.map((id) => dataset.sources.get(id)).find((s) => s !== undefined);
  const sourcePart = source
    ? ` Main source: ${[
        source.publisher,
        source.title ? `“${source.title}”` : undefined,
        source.published,
        source.url,
      ]
        .filter(Boolean)
        .join(', ')}.`
    : '';
  const text = `“${event.title}” (${options.dateText}). In ${dataset.title}, Bilateral timeline. ${options.permalink} (accessed ${options.accessedText}).${sourcePart}`;
  const key = `bilateral-${event.id}`.replace(/[^a-z0-9-]/g, '');
  const field = (name: string, value: string | undefined) =>
    value ? `  ${name} = {${escapeBibtex(value)}},\n` : '';
  const bibtex =
    `@misc{${key},\n` +
    field('title', event.title) +
    field('howpublished', `${dataset.title}, Bilateral timeline`) +
    field('year', event.date.year >= 1 ? String(event.date.year) : undefined) +
    field('url', options.permalink) +
    field('urldate', options.accessed) +
    field(
      'note',
      source
        ? `Main source: ${[source.publisher, source.title, source.url].filter(Boolean).join(', ')}`
        : undefined,
    ) +
    '}';
  return { text, bibtex };
}

// Braces and backslashes would end or escape a BibTeX field; the rest is kept as written.
function escapeBibtex(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`);
}
