// GDELT event export rows (1.0 and 2.0) → v1 candidate events. Machine-coded rows are leads, not
// facts (reference/event-schema.md §4.3): every event arrives "unverified", citing the article
// GDELT coded it from, for an editor to read before promoting it.
import { parseEdtf } from '../../domain/edtf';
import type { PloverType } from '../../domain/types';
import { countryName } from './country-names';
import { fipsToIso3 } from './fips-countries';
import type { ImportProblem, ImportResult, V1Event, V1Source } from './import-result';
import { resolveParties } from './resolve-parties';
import { slug } from './slug';
import { validateEvent } from './validate-record';

export interface GdeltImportOptions {
  /** The dataset's two CAMEO/ISO alpha-3 country codes; rows between any other pair are skipped. */
  readonly parties?: readonly [string, string];
  readonly title?: string;
  /**
   * With no parties given, take the pair the file has most rows for (the app, which has no
   * --parties to ask for) rather than convert nothing (the command line, which asks).
   */
  readonly mostFrequentPair?: boolean;
}

export interface GdeltPairCount {
  readonly pair: readonly [string, string];
  readonly rows: number;
}

export interface GdeltImportResult extends ImportResult {
  /** The layout most rows have: GDELT 1.0 (57 or 58 fields) or 2.0 (61). */
  readonly version: '1.0' | '2.0' | undefined;
  /** Country pairs the rows are between, most rows first. */
  readonly pairs: readonly GdeltPairCount[];
  /** Rows not converted for a reason that is an error (a bad field, a wrong field count). */
  readonly rowsLeftOut: number;
}

// Field positions (0-based) shared by both versions (GDELT 1.0 codebook 1.03 and the 2.0 event
// codebook): the id, the date, both actors and the action.
const F = {
  globalEventId: 0,
  day: 1,
  actor1Code: 5,
  actor1Name: 6,
  actor1Country: 7,
  actor1Type1: 12,
  actor2Code: 15,
  actor2Name: 16,
  actor2Country: 17,
  actor2Type1: 22,
  eventCode: 26,
  eventBaseCode: 27,
  eventRootCode: 28,
  quadClass: 29,
  goldsteinScale: 30,
  numMentions: 31,
  avgTone: 34,
} as const;

// Where the versions differ: 2.0 added ADM2Code to each of the three place blocks (7 → 8 fields),
// and 1.0's historical backfile (1979 – March 2013) has no SOURCEURL.
interface Layout {
  readonly version: '1.0' | '2.0';
  readonly actionGeoFullName: number;
  readonly actionGeoCountry: number;
  readonly actionGeoLat: number;
  readonly actionGeoLong: number;
  readonly sourceUrl: number | undefined;
}
const LAYOUTS: ReadonlyMap<number, Layout> = new Map([
  [
    57,
    {
      version: '1.0',
      actionGeoFullName: 50,
      actionGeoCountry: 51,
      actionGeoLat: 53,
      actionGeoLong: 54,
      sourceUrl: undefined,
    },
  ],
  [
    58,
    {
      version: '1.0',
      actionGeoFullName: 50,
      actionGeoCountry: 51,
      actionGeoLat: 53,
      actionGeoLong: 54,
      sourceUrl: 57,
    },
  ],
  [
    61,
    {
      version: '2.0',
      actionGeoFullName: 52,
      actionGeoCountry: 53,
      actionGeoLat: 56,
      actionGeoLong: 57,
      sourceUrl: 60,
    },
  ],
]);

/** Whether a line has the field count of a GDELT event row (for telling formats apart). */
export function isGdeltRow(line: string): boolean {
  const fields = line.split('\t');
  return (
    LAYOUTS.has(fields.length) && /^\d+$/.test(fields[0] ?? '') && /^\d{8}$/.test(fields[1] ?? '')
  );
}

/** CAMEO root (cue category) labels and the PLOVER category each maps to (event-schema.md §1.2). */
const CAMEO_ROOTS: Readonly<Record<string, { label: string; plover: PloverType | undefined }>> = {
  '01': { label: 'make public statement', plover: undefined },
  '02': { label: 'appeal', plover: undefined },
  '03': { label: 'express intent to cooperate', plover: 'AGREE' },
  '04': { label: 'consult', plover: 'CONSULT' },
  '05': { label: 'engage in diplomatic cooperation', plover: 'SUPPORT' },
  '06': { label: 'engage in material cooperation', plover: 'COOPERATE' },
  '07': { label: 'provide aid', plover: 'AID' },
  '08': { label: 'yield', plover: 'CONCEDE' },
  '09': { label: 'investigate', plover: 'ACCUSE' },
  '10': { label: 'demand', plover: 'REQUEST' },
  '11': { label: 'disapprove', plover: 'ACCUSE' },
  '12': { label: 'reject', plover: 'REJECT' },
  '13': { label: 'threaten', plover: 'THREATEN' },
  '14': { label: 'protest', plover: 'PROTEST' },
  '15': { label: 'exhibit force posture', plover: 'MOBILIZE' },
  '16': { label: 'reduce relations', plover: 'SANCTION' },
  '17': { label: 'coerce', plover: 'COERCE' },
  '18': { label: 'assault', plover: 'ASSAULT' },
  '19': { label: 'fight', plover: 'ASSAULT' },
  '20': { label: 'use unconventional mass violence', plover: 'ASSAULT' },
};

/** PLOVER splits CAMEO 08 "yield": 081–083 concede, 084–087 retreat. */
function ploverOf(root: string, base: string): PloverType | undefined {
  if (root === '08' && /^08[4-7]/.test(base)) return 'RETREAT';
  return CAMEO_ROOTS[root]?.plover;
}

const ACTOR_TYPES: Readonly<Record<string, string>> = {
  GOV: 'Government',
  MIL: 'Military',
  LEG: 'Legislature',
  JUD: 'Judiciary',
  COP: 'Police',
  SPY: 'Intelligence',
  BUS: 'Business',
  MED: 'Media',
  EDU: 'Education',
  ELI: 'Elites',
  LAB: 'Labour',
  OPP: 'Opposition',
  REB: 'Rebels',
  SEP: 'Separatists',
  INS: 'Insurgents',
  UAF: 'Armed group',
  CVL: 'Civilians',
  REF: 'Refugees',
  HLH: 'Health',
  NGO: 'Non-governmental organisation',
  IGO: 'Intergovernmental organisation',
};

const GDELT_SOURCES: Readonly<Record<'1.0' | '2.0', V1Source>> = {
  '1.0': {
    id: 'gdelt-1-events',
    publisher: 'The GDELT Project',
    title: 'GDELT 1.0 Event Database',
    url: 'https://www.gdeltproject.org/',
    kind: 'aggregator',
  },
  '2.0': {
    id: 'gdelt-events',
    publisher: 'The GDELT Project',
    title: 'GDELT 2.0 Event Database',
    url: 'https://www.gdeltproject.org/',
    kind: 'aggregator',
  },
};

const VERIFICATION_NOTE =
  'Machine-coded by GDELT from a news report; read the source before relying on this record.';

interface Candidate {
  readonly gdeltIds: string[];
  readonly codes: string[];
  readonly actors: string[];
  readonly participants: { name: string; role?: string; party: string }[];
  readonly version: '1.0' | '2.0';
  readonly measures: Measures[];
  event: V1Event;
}

interface Measures {
  readonly goldsteinScale: number | undefined;
  readonly avgTone: number | undefined;
  readonly numMentions: number | undefined;
  readonly quadClass: number | undefined;
}

/** Rows left out for one reason, reported once with the lines they are on. */
class ReasonTally {
  private readonly byReason = new Map<
    string,
    { severity: 'error' | 'warning'; many: string; lines: number[] }
  >();

  /** `one` is said of a single row ("has 5 fields"), `many` of several ("have 5 fields"). */
  add(one: string, many: string, line: number, severity: 'error' | 'warning' = 'error'): void {
    const known = this.byReason.get(one);
    if (known) known.lines.push(line);
    else this.byReason.set(one, { severity, many, lines: [line] });
  }

  errorRows(): number {
    let rows = 0;
    for (const { severity, lines } of this.byReason.values())
      if (severity === 'error') rows += lines.length;
    return rows;
  }

  problems(): ImportProblem[] {
    return [...this.byReason].map(([one, { severity, many, lines }]) => {
      const [first = 0] = lines;
      const shown = lines.slice(0, 5).join(', ');
      const path =
        lines.length === 1
          ? `line ${first}`
          : `lines ${shown}${lines.length > 5 ? ` and ${lines.length - 5} more` : ''}`;
      const message = lines.length === 1 ? one : `${lines.length} rows ${many}`;
      return { severity, path, index: undefined, id: undefined, row: first, message };
    });
  }
}

export function importGdelt(text: string, options: GdeltImportOptions = {}): GdeltImportResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const rows: { line: number; fields: string[]; layout: Layout | undefined }[] = [];
  const versions = new Map<'1.0' | '2.0', number>();
  const pairCounts = new Map<string, GdeltPairCount>();
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    const layout = LAYOUTS.get(fields.length);
    rows.push({ line: i + 1, fields, layout });
    if (!layout) return;
    versions.set(layout.version, (versions.get(layout.version) ?? 0) + 1);
    const c1 = (fields[F.actor1Country] ?? '').trim();
    const c2 = (fields[F.actor2Country] ?? '').trim();
    if (c1 === '' || c2 === '' || c1 === c2) return;
    const pair: [string, string] = c1 < c2 ? [c1, c2] : [c2, c1];
    const key = pair.join('–');
    pairCounts.set(key, { pair, rows: (pairCounts.get(key)?.rows ?? 0) + 1 });
  });
  const version = [...versions].sort((x, y) => y[1] - x[1])[0]?.[0];
  const pairs = [...pairCounts.values()].sort((x, y) => y.rows - x.rows);
  const chosen =
    options.parties ?? (options.mostFrequentPair ? pairs[0]?.pair : undefined) ?? undefined;
  const tally = new ReasonTally();
  const candidates = new Map<string, Candidate>();
  const sources = new Map<string, V1Source>();
  const sourceByUrl = new Map<string, V1Source | undefined>();
  const seenIds = new Set<string>();
  const versionsUsed = new Set<'1.0' | '2.0'>();
  let otherPairs = 0;
  for (const { line, fields, layout } of rows) {
    if (!layout) {
      const count = fields.length === 1 ? 'no tabs' : `${fields.length} tab-separated fields`;
      const expected = 'a GDELT event row has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)';
      tally.add(`has ${count}; ${expected}`, `have ${count}; ${expected}`, line);
      continue;
    }
    if (!chosen) continue;
    const [a, b] = chosen;
    const get = (index: number) => (fields[index] ?? '').trim();
    const country1 = get(F.actor1Country);
    const country2 = get(F.actor2Country);
    if (!((country1 === a && country2 === b) || (country1 === b && country2 === a))) {
      otherPairs++;
      continue;
    }
    const globalId = get(F.globalEventId);
    if (!/^\d+$/.test(globalId)) {
      tally.add(
        'has a GLOBALEVENTID (field 1) that is not a number',
        'have a GLOBALEVENTID (field 1) that is not a number',
        line,
      );
      continue;
    }
    if (seenIds.has(globalId)) {
      tally.add(
        'repeats the GLOBALEVENTID of an earlier row, and was read once',
        'repeat the GLOBALEVENTID of an earlier row, and were read once',
        line,
        'warning',
      );
      continue;
    }
    seenIds.add(globalId);
    const day = get(F.day);
    const date = /^(-?\d{4})(\d{2})(\d{2})$/.exec(day);
    const isoDate = date ? `${date[1]}-${date[2]}-${date[3]}` : '';
    if (!parseEdtf(isoDate).ok) {
      tally.add(
        'has an event date (field 2, Day/SQLDATE) that is not a date of the form YYYYMMDD',
        'have an event date (field 2, Day/SQLDATE) that is not a date of the form YYYYMMDD',
        line,
      );
      continue;
    }
    const root = get(F.eventRootCode).padStart(2, '0');
    const cameo = CAMEO_ROOTS[root];
    if (cameo === undefined) {
      tally.add(
        'has an EventRootCode (field 29) that is not a CAMEO root code from 01 to 20',
        'have an EventRootCode (field 29) that is not a CAMEO root code from 01 to 20',
        line,
      );
      continue;
    }
    const sourceUrl = layout.sourceUrl === undefined ? '' : get(layout.sourceUrl);
    // An article is usually the source of many rows: its source is made once.
    let source = sourceByUrl.get(sourceUrl);
    if (source === undefined && !sourceByUrl.has(sourceUrl)) {
      source = sourceFor(sourceUrl);
      sourceByUrl.set(sourceUrl, source);
      if (source && !sources.has(source.id)) sources.set(source.id, source);
    }
    versionsUsed.add(layout.version);

    // The participant is the country, named from the ISO table: GDELT's actor strings are
    // whatever the article said ("THE US", "ISLAMABAD"), kept in the summary.
    const actor = (country: string, typeField: number) => {
      const role = ACTOR_TYPES[get(typeField)];
      return {
        name: countryName(country),
        ...(role === undefined ? {} : { role }),
        party: country,
      };
    };
    const actor1 = actor(country1, F.actor1Type1);
    const actor2 = actor(country2, F.actor2Type1);
    const actorText = `${get(F.actor1Name) || get(F.actor1Code)} → ${get(F.actor2Name) || get(F.actor2Code)}`;
    const eventCode = get(F.eventCode);
    const measures = measuresOf(get);
    // Rows merge only when they are the same kind of action, on the same day, from the same article
    // (GDELT often codes one meeting as "A visits B" and "B hosts A"); an assault in the same
    // article stays an event of its own.
    const key = `${day}\t${sourceUrl}\t${root}`;
    const known = sourceUrl === '' ? undefined : candidates.get(key);
    if (known) {
      known.gdeltIds.push(globalId);
      known.codes.push(`${eventCode} (${cameo.label})`);
      known.actors.push(actorText);
      known.measures.push(measures);
      for (const participant of [actor1, actor2]) {
        if (!known.participants.some((p) => sameActor(p, participant)))
          known.participants.push(participant);
      }
      continue;
    }
    const latText = get(layout.actionGeoLat);
    const lonText = get(layout.actionGeoLong);
    const lat = Number(latText);
    const lon = Number(lonText);
    const placeName = get(layout.actionGeoFullName);
    const placeCountry = fipsToIso3(get(layout.actionGeoCountry));
    const hasCoordinates =
      latText !== '' && lonText !== '' && Number.isFinite(lat) && Number.isFinite(lon);
    const type = ploverOf(root, get(F.eventBaseCode));
    const participants = [actor1, ...(sameActor(actor1, actor2) ? [] : [actor2])];
    const candidate: Candidate = {
      gdeltIds: [globalId],
      codes: [`${eventCode} (${cameo.label})`],
      actors: [actorText],
      participants,
      version: layout.version,
      measures: [measures],
      event: { id: '', date: '', title: '' },
    };
    const draft = {
      id: `gdelt-${globalId}`,
      date: isoDate,
      title: `${actor1.name} → ${actor2.name}: ${cameo.label}`,
      summary: summaryOf(candidate),
      ...(type === undefined ? {} : { type }),
      tags: ['gdelt'],
      ...(placeName === '' && !hasCoordinates && placeCountry === undefined
        ? {}
        : {
            location: {
              ...(placeName === '' ? {} : { name: placeName }),
              ...(placeCountry === undefined ? {} : { country: placeCountry }),
              ...(hasCoordinates ? { lat, lon } : {}),
            },
          }),
      participants,
      sources: [...(source ? [source.id] : []), GDELT_SOURCES[layout.version].id],
      verification: { status: 'unverified', note: VERIFICATION_NOTE },
      ...combined([measures]),
    };
    const checked = validateEvent(draft);
    if (!checked.ok) {
      for (const issue of checked.issues) {
        const reason = `${issue.field}: ${issue.message}`;
        tally.add(reason, `with ${reason}`, line);
      }
      continue;
    }
    candidate.event = checked.value;
    candidates.set(sourceUrl === '' ? `line ${line}` : key, candidate);
  }
  // A merged event's summary and numbers are made once, from all its rows.
  const events = [...candidates.values()].map((candidate) =>
    candidate.gdeltIds.length === 1
      ? candidate.event
      : {
          ...candidate.event,
          summary: summaryOf(candidate),
          participants: candidate.participants,
          ...combined(candidate.measures),
        },
  );
  const problems = tally.problems();
  if (chosen && otherPairs > 0) {
    const others = pairs
      .filter(({ pair }) => !(pair.includes(chosen[0]) && pair.includes(chosen[1])))
      .slice(0, 5)
      .map(({ pair, rows: count }) => `${pair.join('–')} (${count})`);
    problems.push({
      severity: 'warning',
      path: 'rows',
      index: undefined,
      id: undefined,
      row: undefined,
      message: `${otherPairs} ${otherPairs === 1 ? 'row is' : 'rows are'} between other countries and ${otherPairs === 1 ? 'was' : 'were'} not read${others.length > 0 ? `; the file also has ${others.join(', ')}` : ''}`,
    });
  }
  const resolved = resolveParties(chosen, []);
  return {
    json: {
      format: 'bilateral-events',
      version: 1,
      ...(options.title === undefined ? {} : { title: options.title }),
      parties: resolved.parties,
      sources:
        events.length === 0
          ? []
          : [...sources.values(), ...[...versionsUsed].sort().map((v) => GDELT_SOURCES[v])],
      events,
    },
    problems,
    rowsRead: rows.length,
    partiesStated: resolved.stated,
    version,
    pairs,
    rowsLeftOut: tally.errorRows(),
  };
}

function measuresOf(get: (index: number) => string): Measures {
  const number = (index: number) => {
    const text = get(index);
    const value = Number(text);
    return text === '' || !Number.isFinite(value) ? undefined : value;
  };
  const whole = (index: number) => {
    const value = number(index);
    return value !== undefined && Number.isInteger(value) ? value : undefined;
  };
  const quad = whole(F.quadClass);
  const goldstein = number(F.goldsteinScale);
  const tone = number(F.avgTone);
  const mentions = whole(F.numMentions);
  return {
    goldsteinScale: goldstein !== undefined && Math.abs(goldstein) <= 10 ? goldstein : undefined,
    avgTone: tone !== undefined && Math.abs(tone) <= 100 ? tone : undefined,
    numMentions: mentions !== undefined && mentions >= 0 ? mentions : undefined,
    quadClass: quad !== undefined && quad >= 1 && quad <= 4 ? quad : undefined,
  };
}

/**
 * One event's numbers from its rows: mentions added up, tone averaged over the mentions, the
 * Goldstein score averaged; QuadClass follows from the CAMEO root, which merged rows share.
 */
function combined(all: readonly Measures[]): Partial<Measures> {
  const mentions = all.map((m) => m.numMentions).filter((n): n is number => n !== undefined);
  const goldstein = all.map((m) => m.goldsteinScale).filter((n): n is number => n !== undefined);
  const tones = all.filter((m) => m.avgTone !== undefined);
  const weight = (m: Measures) => Math.max(1, m.numMentions ?? 1);
  const toneWeight = tones.reduce((sum, m) => sum + weight(m), 0);
  const quadClass = all.find((m) => m.quadClass !== undefined)?.quadClass;
  return {
    ...(goldstein.length === 0
      ? {}
      : { goldsteinScale: round(goldstein.reduce((a, b) => a + b, 0) / goldstein.length) }),
    ...(tones.length === 0
      ? {}
      : {
          avgTone: round(
            tones.reduce((sum, m) => sum + (m.avgTone ?? 0) * weight(m), 0) / toneWeight,
          ),
        }),
    ...(mentions.length === 0 ? {} : { numMentions: mentions.reduce((a, b) => a + b, 0) }),
    ...(quadClass === undefined ? {} : { quadClass }),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function summaryOf(candidate: Candidate): string {
  const coded = candidate.gdeltIds
    .map((id, i) => `${id}: CAMEO ${candidate.codes[i] ?? ''}, ${candidate.actors[i] ?? ''}`)
    .join('; ');
  return `Machine-coded by GDELT ${candidate.version} (${candidate.gdeltIds.length === 1 ? 'event' : 'events'} ${coded}).`;
}

function sameActor(
  x: { name: string; party: string },
  y: { name: string; party: string },
): boolean {
  return x.name === y.name && x.party === y.party;
}

/** The article GDELT coded the row from; some rows carry a citation instead of a URL. */
function sourceFor(sourceUrl: string): V1Source | undefined {
  if (sourceUrl === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(sourceUrl);
  } catch {
    url = undefined;
  }
  const web = url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:');
  const host = web && url ? url.hostname.replace(/^www\./, '') : '';
  const readable = slug(web && url ? `${host} ${url.pathname}` : sourceUrl, 40);
  return {
    id: `${readable || 'source'}-${hash(sourceUrl)}`,
    ...(web
      ? { publisher: host, url: sourceUrl, kind: 'news' as const }
      : { title: sourceUrl, kind: 'aggregator' as const }),
  };
}

/** FNV-1a, so that the same URL gets the same source id in every import. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
