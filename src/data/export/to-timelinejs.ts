// bilateral-events v1 → TimelineJS (reference/event-schema.md §3.1). Lossy: TimelineJS has no
// actors, sources registry or verification, so they become text on the slide. Every piece of
// dataset text is escaped: nothing in a dataset is ever interpreted as HTML.
import { parseEdtf } from '../../domain/edtf';
import { safeLinkUrl } from '../../domain/safe-url';
import type { V1Document, V1Event, V1Source } from '../importers/import-result';

export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly display_date?: string;
}

export interface TimelineJsSlide {
  readonly unique_id?: string;
  readonly start_date?: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group?: string;
  readonly autolink?: boolean;
}

export interface TimelineJsDocument {
  readonly title: TimelineJsSlide;
  readonly events: readonly TimelineJsSlide[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function toTimelineJs(doc: V1Document): TimelineJsDocument {
  const registry = new Map<string, V1Source>((doc.sources ?? []).map((s) => [s.id, s]));
  const [a, b] = doc.parties;
  const title = doc.title ?? `${a?.name ?? ''}–${b?.name ?? ''}`;
  return {
    title: {
      text: {
        headline: escapeHtml(title),
        text: doc.description === undefined ? '' : paragraphs(doc.description),
      },
    },
    events: doc.events.flatMap((event) => {
      const slide = toSlide(event, registry);
      return slide === undefined ? [] : [slide];
    }),
  };
}

function toSlide(
  event: V1Event,
  registry: ReadonlyMap<string, V1Source>,
): TimelineJsSlide | undefined {
  const start = dateOf(event.date);
  if (start === undefined) return undefined;
  const end = event.end === undefined || event.end === event.date ? undefined : dateOf(event.end);
  return {
    unique_id: event.id,
    start_date: start,
    ...(end === undefined ? {} : { end_date: end }),
    text: { headline: escapeHtml(event.title), text: slideHtml(event, registry) },
    // One lane per PLOVER category keeps the rows few; the importer reads the lane back as the type.
    ...(event.type === undefined ? {} : { group: typeLabel(event.type) }),
    // Links are written out explicitly; TimelineJS must not turn dataset text into links.
    autolink: false,
  };
}

export function typeLabel(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase();
}

function dateOf(text: string): TimelineJsDate | undefined {
  const parsed = parseEdtf(text);
  if (!parsed.ok) return undefined;
  const { year, month, day, precision, approximate, uncertain } = parsed.value;
  // TimelineJS can only say "approximately" or "uncertain" in words, and may not write years
  // before 1 CE as BCE years, so those dates carry their own display text.
  const needsDisplay = approximate || uncertain || year <= 0;
  const yearText = year <= 0 ? `${1 - year} BCE` : String(year);
  const shown = [
    precision === 'day' ? String(day) : '',
    precision !== 'year' && month !== undefined ? (MONTHS[month - 1] ?? '') : '',
    yearText,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return {
    year,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    ...(needsDisplay
      ? { display_date: `${approximate ? 'c. ' : ''}${shown}${uncertain ? '?' : ''}` }
      : {}),
  };
}

function slideHtml(event: V1Event, registry: ReadonlyMap<string, V1Source>): string {
  const parts: string[] = [];
  if (event.summary !== undefined) {
    parts.push(`<div data-bilateral="summary">${paragraphs(event.summary)}</div>`);
  }
  if (event.outcomes && event.outcomes.length > 0) {
    parts.push(
      `<ul data-bilateral="outcomes">${event.outcomes.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`,
    );
  }
  const people = event.participants ?? [];
  if (people.length > 0) {
    const names = people.map((p) =>
      escapeHtml(
        [p.name, p.role && `(${p.role})`, p.party && `[${p.party}]`].filter(Boolean).join(' '),
      ),
    );
    parts.push(`<p data-bilateral="participants">Participants: ${names.join('; ')}</p>`);
  }
  const statements = (event.statements ?? []).map((s) => {
    const who = escapeHtml(
      [s.speaker, s.role, s.party && `(${s.party})`].filter(Boolean).join(', '),
    );
    return s.kind === 'quote'
      ? `<blockquote><p>${escapeHtml(s.text)}</p><p>— ${who}</p></blockquote>`
      : `<p>${who ? `${who} ` : ''}(${s.kind === 'joint' ? 'joint statement' : 'paraphrase'}): ${escapeHtml(s.text)}</p>`;
  });
  if (statements.length > 0)
    parts.push(`<div data-bilateral="statements">${statements.join('')}</div>`);
  const cited = (event.sources ?? []).flatMap((id) => {
    const source = registry.get(id);
    return source === undefined ? [] : [citation(source)];
  });
  if (cited.length > 0) {
    parts.push(
      `<div data-bilateral="sources"><p>Sources:</p><ul>${cited.map((c) => `<li>${c}</li>`).join('')}</ul></div>`,
    );
  }
  return parts.join('');
}

function citation(source: V1Source): string {
  const label = escapeHtml(
    [
      [source.publisher, source.title].filter(Boolean).join(' — ') || source.url || source.id,
      source.published && `(${source.published})`,
    ]
      .filter(Boolean)
      .join(' '),
  );
  const href = safeLinkUrl(source.url);
  return href === undefined
    ? label
    : `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${label}</a>`;
}

/** Plain text with blank-line paragraphs as HTML paragraphs; single line breaks kept. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`)
    .join('');
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
