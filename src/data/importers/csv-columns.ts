// The spreadsheet form of an event: which columns exist and how a list, a participant or a
// statement is written inside one cell. The importer and the exporter both use this module, so
// what one writes the other reads. docs/datasets.md describes it for people.

export const CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'title',
  'summary',
  'type',
  'tags',
  'location',
  'country',
  'lat',
  'lon',
  'virtual',
  'participants',
  'statements',
  'outcomes',
  'series',
  'series_name',
  'series_number',
  'related',
  'sources',
  'source_url',
  'source_title',
  'source_publisher',
  'source_published',
  'source_kind',
  'verification',
  'verification_note',
  'display_date',
  'group',
  'media',
  'party',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

// Names people are likely to type for a column; matched after normaliseHeader.
const ALIASES: Readonly<Record<string, CsvColumn>> = {
  start: 'date',
  start_date: 'date',
  end_date: 'end',
  headline: 'title',
  label: 'title',
  name: 'title',
  event: 'title',
  description: 'summary',
  desc: 'summary',
  long: 'lon',
  lng: 'lon',
  plover: 'type',
  event_type: 'type',
  place: 'location',
  location_name: 'location',
  latitude: 'lat',
  longitude: 'lon',
  series_id: 'series',
  number: 'series_number',
  source_ids: 'sources',
  url: 'source_url',
  publisher: 'source_publisher',
  verification_status: 'verification',
};

const KNOWN = new Set<string>(CSV_COLUMNS);

/** "Source URL", "source-url" and "SOURCE_URL" all name the column source_url. */
export function columnFor(header: string): CsvColumn | undefined {
  const name = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (KNOWN.has(name)) return CSV_COLUMNS.find((column) => column === name);
  return ALIASES[name];
}

// Inside a cell, ";" separates list items and "|" the parts of a statement. A backslash before
// "\", ";" or "|" makes that character literal; any other backslash is kept as written.
const ESCAPABLE = new Set(['\\', ';', '|']);

/** Splits a cell into items (by ";"), each split into parts (by "|" when asked). Parts are trimmed; empty items are dropped. */
function splitCell(cell: string, splitParts: boolean): string[][] {
  const items: string[][] = [];
  let parts: string[] = [];
  let current = '';
  const endItem = () => {
    parts.push(current);
    current = '';
    if (parts.some((part) => part.trim() !== '')) items.push(parts.map((part) => part.trim()));
    parts = [];
  };
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] ?? '';
    const next = cell[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.has(next)) {
      current += next;
      i++;
    } else if (c === ';') {
      endItem();
    } else if (c === '|' && splitParts) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  endItem();
  return items;
}

/** The items of a ";"-separated list cell; "|" has no special meaning here. */
export function splitList(cell: string): string[] {
  return splitCell(cell, false).map((parts) => parts.join(''));
}

/** Items of a statements cell, each as its "|"-separated parts. */
export function splitStatements(cell: string): string[][] {
  return splitCell(cell, true);
}

function escapeItem(text: string, alsoPipe: boolean): string {
  return text.replace(alsoPipe ? /[\\;|]/g : /[\\;]/g, (c) => `\\${c}`);
}

export function joinList(items: readonly string[]): string {
  return items.map((item) => escapeItem(item, false)).join('; ');
}

export interface PersonCell {
  readonly name: string;
  readonly role: string | undefined;
  readonly party: string | undefined;
}

// "Name (Role) [PAK]": the role and the bracketed party code are optional and come last. The role
// is the balanced group at the end, so "Minister (co-chair)" survives as a role; an empty "()" or
// "[]" says "no role" or "no party" when a name itself ends in a bracket.
export function parsePerson(item: string): PersonCell {
  let rest = item.trim();
  let party: string | undefined;
  const partyMatch = /\s*\[([^[\]]*)\]$/.exec(rest);
  if (partyMatch) {
    party = partyMatch[1]?.trim();
    rest = rest.slice(0, partyMatch.index);
  }
  let role: string | undefined;
  if (rest.endsWith(')')) {
    let depth = 0;
    for (let i = rest.length - 1; i >= 0; i--) {
      if (rest[i] === ')') depth++;
      else if (rest[i] === '(' && --depth === 0) {
        role = rest.slice(i + 1, -1).trim();
        rest = rest.slice(0, i);
        break;
      }
    }
  }
  return {
    name: rest.trim(),
    role: role === '' ? undefined : role,
    party: party === undefined || party === '' ? undefined : normaliseParty(party),
  };
}

export function formatPerson(person: {
  readonly name?: string | undefined;
  readonly role?: string | undefined;
  readonly party?: string | undefined;
}): string {
  const name = person.name ?? '';
  const role = person.role !== undefined ? `(${person.role})` : name.endsWith(')') ? '()' : '';
  const party =
    person.party !== undefined ? `[${person.party}]` : `${name}${role}`.endsWith(']') ? '[]' : '';
  return [name, role, party].filter((part) => part !== '').join(' ');
}

export function normaliseParty(code: string): string {
  return code.toLowerCase() === 'joint' ? 'joint' : code.toUpperCase();
}

export interface StatementCell {
  readonly kind: string;
  readonly speaker: PersonCell;
  readonly text: string;
  readonly source: string | undefined;
}

/** "kind | Speaker (Role) [PAK] | text | source-id"; the source part is optional. */
export function parseStatement(parts: readonly string[]): StatementCell | string {
  if (parts.length < 3 || parts.length > 4) {
    return `a statement needs 3 or 4 parts separated by "|" (kind | speaker | text | source), not ${parts.length}`;
  }
  const [kind = '', speaker = '', text = '', source = ''] = parts;
  return {
    kind: kind.toLowerCase(),
    speaker: parsePerson(speaker),
    text,
    source: source === '' ? undefined : source,
  };
}

export function formatStatements(
  statements: readonly {
    readonly kind: string;
    readonly speaker?: string | undefined;
    readonly role?: string | undefined;
    readonly party?: string | undefined;
    readonly text: string;
    readonly source?: string | undefined;
  }[],
): string {
  return statements
    .map((s) =>
      [
        s.kind,
        formatPerson({ name: s.speaker, role: s.role, party: s.party }),
        s.text,
        ...(s.source === undefined ? [] : [s.source]),
      ]
        .map((part) => escapeItem(part, true))
        .join(' | '),
    )
    .join('; ');
}

export interface MediaCell {
  readonly kind: string;
  readonly url: string;
  readonly caption?: string;
  readonly credit?: string;
  readonly alt?: string;
  readonly source?: string;
}

const MEDIA_PARTS = ['kind', 'url', 'caption', 'credit', 'alt', 'source'] as const;

/** "kind | url | caption | credit | alt | source"; the parts after the url are optional. */
export function parseMediaCell(parts: readonly string[]): MediaCell | string {
  if (parts.length < 2 || parts.length > MEDIA_PARTS.length) {
    return `a media item needs 2 to 6 parts separated by "|" (kind | url | caption | credit | alt | source), not ${parts.length}`;
  }
  const [kind = '', url = '', caption = '', credit = '', alt = '', source = ''] = parts;
  return {
    kind: kind.toLowerCase(),
    url,
    ...(caption === '' ? {} : { caption }),
    ...(credit === '' ? {} : { credit }),
    ...(alt === '' ? {} : { alt }),
    ...(source === '' ? {} : { source }),
  };
}

export function formatMedia(
  media: readonly {
    readonly kind: string;
    readonly url: string;
    readonly caption?: string | undefined;
    readonly credit?: string | undefined;
    readonly alt?: string | undefined;
    readonly source?: string | undefined;
  }[],
): string {
  return media
    .map((item) => {
      const parts = MEDIA_PARTS.map((part) => item[part] ?? '');
      while (parts.length > 2 && parts.at(-1) === '') parts.pop();
      return parts.map((part) => escapeItem(part, true)).join(' | ');
    })
    .join('; ');
}
