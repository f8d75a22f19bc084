// bilateral-events v1 → TimelineJS (reference/event-schema.md §3.1). Lossy: TimelineJS has no
// actors, sources registry or verification, so they become text on the slide. Every piece of
// dataset text is escaped: nothing in a dataset is ever interpreted as HTML.
import { parseEdtf } from '../../domain/edtf';
import { safeLinkUrl } from '../../domain/safe-url';
import type { V1Document, V1Event, V1Party, V1Source } from '../importers/import-result';
import { qualifiedDateText, timelineJsYear } from '../importers/timelinejs-dates';

export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly display_date?: string;
}

export interface TimelineJsMedia {
  readonly url: string;
  readonly caption?: string;
  readonly credit?: string;
  readonly alt?: string;
}

export interface TimelineJsSlide {
  readonly unique_id?: string;
  readonly start_date?: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly display_date?: string;
  readonly text: { readonly headline: string; readonly text: string };
  readonly media?: TimelineJsMedia;
  readonly group?: string;
  readonly autolink?: boolean;
}

export interface TimelineJsEra {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: { readonly headline: string };
}

export interface TimelineJsDocument {
  readonly title: TimelineJsSlide;
  readonly events: readonly TimelineJsSlide[];
  readonly eras?: readonly TimelineJsEra[];
  /** Not TimelineJS's (it ignores the key): the two sides, so a round trip keeps them. */
  readonly parties: readonly V1Party[];
}

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
    ...(doc.eras && doc.eras.length > 0 ? { eras: doc.eras.flatMap(toEra) } : {}),
    parties: doc.parties.map((party) => ({ code: party.code, name: party.name })),
  };
}

function toEra(era: NonNullable<V1Document['eras']>[number]): TimelineJsEra[] {
  const start = dateOf(era.start);
  if (start === undefined) return [];
  const end = era.end === undefined ? undefined : dateOf(era.end);
  return [
    {
      start_date: start,
      ...(end === undefined ? {} : { end_date: end }),
      text: { headline: escapeHtml(era.title) },
    },
  ];
}

function toSlide(
  event: V1Event,
  registry: ReadonlyMap<string, V1Source>,
): TimelineJsSlide | undefined {
  const start = dateOf(event.date);
  if (start === undefined) return undefined;
  const end = event.end === undefined || event.end === event.date ? undefined : dateOf(event.end);
  // TimelineJS shows one media item per slide: the first.
  const media = event.media?.[0];
  const group = event.group ?? (event.type === undefined ? undefined : typeLabel(event.type));
  return {
    unique_id: event.id,
    start_date: start,
    ...(end === undefined ? {} : { end_date: end }),
    ...(event.displayDate === undefined ? {} : { display_date: escapeHtml(event.displayDate) }),
    text: { headline: escapeHtml(event.title), text: slideHtml(event, registry) },
    ...(media === undefined
      ? {}
      : {
          media: {
            url: media.url,
            ...(media.caption === undefined ? {} : { caption: escapeHtml(media.caption) }),
            ...(media.credit === undefined ? {} : { credit: escapeHtml(media.credit) }),
            ...(media.alt === undefined ? {} : { alt: media.alt }),
          },
        }),
    // The slide's own group; else one lane per PLOVER category keeps the rows few, and the
    // importer reads such a lane back as the type.
    ...(group === undefined ? {} : { group }),
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
  const { year, month, day } = parsed.value;
  // TimelineJS counts years as people do (-300 is 300 BCE), and can only say "approximately" or
  // "uncertain" in words: such dates carry their own display text, which the importer knows.
  const words = qualifiedDateText(text);
  return {
    year: timelineJsYear(year),
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    ...(words === undefined ? {} : { display_date: words }),
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
