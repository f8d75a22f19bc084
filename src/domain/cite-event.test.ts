import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../data/parse-dataset';
import { citeEvent } from './cite-event';

const parsed = parseDatasetJson({
  format: 'bilateral-events',
  version: 1,
  title: 'China–Pakistan relations',
  parties: [
    { code: 'PAK', name: 'Pakistan' },
    { code: 'CHN', name: 'China' },
  ],
  sources: [
    {
      id: 'tdi',
      publisher: 'The Diplomatic Insight',
      title: 'CPEC corner {inaugurated}',
      url: 'https://example.org/a',
      published: '2024-01-21',
    },
  ],
  events: [
    {
      id: 'cpec-jwg-icc-4',
      date: '2024-01-21',
      title: '4th meeting of the JWG-ICC',
      sources: ['tdi'],
    },
  ],
});

describe('citeEvent', () => {
  if (!parsed.ok) throw new Error('fixture');
  const event = parsed.dataset.events[0]!;
  const citation = citeEvent(event, parsed.dataset, {
    permalink: 'https://example.org/?event=cpec-jwg-icc-4',
    accessed: '2026-11-27',
    dateText: '21 January 2024',
    accessedText: '27 November 2026',
  });

  it('names the event, its date, the timeline, the permalink, the access date and the main source', () => {
    expect(citation.text).toBe(
      '“4th meeting of the JWG-ICC” (21 January 2024). In China–Pakistan relations, Bilateral timeline. https://example.org/?event=cpec-jwg-icc-4 (accessed 27 November 2026). Main source: The Diplomatic Insight, “CPEC corner {inaugurated}”, 2024-01-21, https://example.org/a.',
    );
  });

  it('gives BibTeX with braces in the text escaped', () => {
    expect(citation.bibtex).toContain('@misc{bilateral-cpec-jwg-icc-4,');
    expect(citation.bibtex).toContain('urldate = {2026-11-27}');
    expect(citation.bibtex).toContain('CPEC corner \\{inaugurated\\}');
    expect(citation.bibtex.trim().endsWith('}')).toBe(true);
  });
});
