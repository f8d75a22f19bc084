// GDELT 2.0 event export rows → v1 candidate events. Machine-coded rows are leads, not facts
// (reference/event-schema.md §4.3): every event arrives "unverified", citing the article GDELT
// coded it from, for an editor to read before promoting it.
import { parseEdtf } from '../../domain/edtf';
import type { PloverType } from '../../domain/types';
import { countryName } from './country-names';
import type { ImportProblem, ImportResult, V1Event, V1Source } from './import-result';
import { DEFAULT_PARTIES, resolveParties } from './resolve-parties';
import { slug } from './slug';
import { validateEvent } from './validate-record';

export interface GdeltImportOptions {
  /** The dataset's two CAMEO/ISO alpha-3 country codes; rows between any other pair are skipped. */
  readonly parties?: readonly [string, string];
  readonly title?: string;
}

// Field positions in a GDELT 2.0 event export row (GDELT-Event_Codebook-V2.0; 61 fields, 0–60).
const FIELD_COUNT = 61;
const F = {
  globalEventId: 0,
  day: 1,
  actor1Name: 6,
  actor1Country: 7,
  actor1Type1: 12,
  actor2Name: 16,
  actor2Country: 17,
  actor2Type1: 22,
  eventCode: 26,
  eventBaseCode: 27,
  eventRootCode: 28,
  actionGeoFullName: 52,
  actionGeoCountry: 53,
  actionGeoLat: 56,
  actionGeoLong: 57,
  sourceUrl: 60,
} as const;

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

// GDELT's place fields use FIPS 10-4 country codes (China is CH, which ISO gives Switzerland);
// the dataset uses ISO alpha-3. An unlisted code leaves the place's country out.
const FIPS_TO_ISO3: Readonly<Record<string, string>> = {
  PK: 'PAK',
  CH: 'CHN',
  IN: 'IND',
  AF: 'AFG',
  IR: 'IRN',
  BG: 'BGD',
  CE: 'LKA',
  NP: 'NPL',
  BM: 'MMR',
  MG: 'MNG',
  KZ: 'KAZ',
  KG: 'KGZ',
  TI: 'TJK',
  UZ: 'UZB',
  TX: 'TKM',
  RS: 'RUS',
  US: 'USA',
  UK: 'GBR',
  FR: 'FRA',
  GM: 'DEU',
  JA: 'JPN',
  KS: 'KOR',
  SA: 'SAU',
  AE: 'ARE',
  TU: 'TUR',
  SZ: 'CHE',
  TH: 'THA',
  HK: 'HKG',
};

const GDELT_SOURCE: V1Source = {
  id: 'gdelt-events',
  publisher: 'The GDELT Project',
  title: 'GDELT 2.0 Event Database',
  url: 'https://www.gdeltproject.org/',
  kind: 'aggregator',
};

const VERIFICATION_NOTE =
  'Machine-coded by GDELT from a news report; read the source before relying on this record.';

interface Candidate {
  readonly gdeltIds: string[];
  readonly codes: string[];
  readonly participants: { name: string; role?: string; party: string }[];
  event: V1Event;
}

export function importGdelt(text: string, options: GdeltImportOptions = {}): ImportResult {
  const [a, b] = options.parties ?? DEFAULT_PARTIES;
  const problems: ImportProblem[] = [];
  const candidates = new Map<string, Candidate>();
  const sources = new Map<string, V1Source>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let rowsRead = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    rowsRead++;
    const row = i + 1;
    const report = (message: string) =>
      problems.push({
        severity: 'error',
        path: `line ${row}`,
        index: undefined,
        id: undefined,
        row,
        message,
      });
    const fields = line.split('\t');
    if (fields.length !== FIELD_COUNT) {
      report(`has ${fields.length} tab-separated fields; a GDELT 2.0 event row has ${FIELD_COUNT}`);
      return;
    }
    const get = (index: number) => (fields[index] ?? '').trim();
    const country1 = get(F.actor1Country);
    const country2 = get(F.actor2Country);
    if (!((country1 === a && country2 === b) || (country1 === b && country2 === a))) return;

    const globalId = get(F.globalEventId);
    if (!/^\d+$/.test(globalId)) {
      report(`GLOBALEVENTID "${globalId}" is not a number`);
      return;
    }
    const day = get(F.day);
    const date = /^(-?\d{4})(\d{2})(\d{2})$/.exec(day);
    const isoDate = date ? `${date[1]}-${date[2]}-${date[3]}` : '';
    const parsedDate = parseEdtf(isoDate);
    if (!parsedDate.ok) {
      report(`the event date (field 2, Day/SQLDATE) "${day}" is not a date of the form YYYYMMDD`);
      return;
    }
    const root = get(F.eventRootCode).padStart(2, '0');
    const cameo = CAMEO_ROOTS[root];
    if (cameo === undefined) {
      report(`EventRootCode "${get(F.eventRootCode)}" is not a CAMEO root code from 01 to 20`);
      return;
    }
    const sourceUrl = get(F.sourceUrl);
    const source = sourceFor(sourceUrl);
    if (source && !sources.has(source.id)) sources.set(source.id, source);

    const actor = (nameField: number, country: string, typeField: number) => {
      const role = ACTOR_TYPES[get(typeField)];
      return {
        name: titleCase(get(nameField)) || countryName(country),
        ...(role === undefined ? {} : { role }),
        party: country,
      };
    };
    const actor1 = actor(F.actor1Name, country1, F.actor1Type1);
    const actor2 = actor(F.actor2Name, country2, F.actor2Type1);
    const eventCode = get(F.eventCode);
    const key = `${day}\t${sourceUrl}`;
    const known = sourceUrl === '' ? undefined : candidates.get(key);
    if (known) {
      // One article often yields several rows for one meeting (A visits B, B hosts A).
      known.gdeltIds.push(globalId);
      known.codes.push(`${eventCode} (${cameo.label})`);
      for (const participant of [actor1, actor2]) {
        if (
          !known.participants.some(
            (p) => p.name === participant.name && p.party === participant.party,
          )
        ) {
          known.participants.push(participant);
        }
      }
      known.event = {
        ...known.event,
        summary: summaryOf(known.gdeltIds, known.codes),
        participants: known.participants,
      };
      return;
    }
    const lat = Number(get(F.actionGeoLat));
    const lon = Number(get(F.actionGeoLong));
    const placeName = get(F.actionGeoFullName);
    const placeCountry = FIPS_TO_ISO3[get(F.actionGeoCountry)];
    const hasCoordinates =
      get(F.actionGeoLat) !== '' &&
      get(F.actionGeoLong) !== '' &&
      Number.isFinite(lat) &&
      Number.isFinite(lon);
    const type = ploverOf(root, get(F.eventBaseCode));
    const participants = [actor1, ...(sameActor(actor1, actor2) ? [] : [actor2])];
    const codes = [`${eventCode} (${cameo.label})`];
    const draft = {
      id: `gdelt-${globalId}`,
      date: isoDate,
      title: `${actor1.name} → ${actor2.name}: ${cameo.label}`,
      summary: summaryOf([globalId], codes),
      ...(type === undefined ? {} : { type }),
      tags: ['gdelt'],
      ...(placeName === '' && !hasCoordinates
        ? {}
        : {
            location: {
              ...(placeName === '' ? {} : { name: placeName }),
              ...(placeCountry === undefined ? {} : { country: placeCountry }),
              ...(hasCoordinates ? { lat, lon } : {}),
            },
          }),
      participants,
      sources: [...(source ? [source.id] : []), GDELT_SOURCE.id],
      verification: { status: 'unverified', note: VERIFICATION_NOTE },
    };
    const checked = validateEvent(draft);
    if (!checked.ok) {
      for (const issue of checked.issues) report(`${issue.field}: ${issue.message}`);
      return;
    }
    candidates.set(sourceUrl === '' ? `row ${row}` : key, {
      gdeltIds: [globalId],
      codes,
      participants,
      event: checked.value,
    });
  });
  const events = [...candidates.values()].map((candidate) => candidate.event);
  return {
    json: {
      format: 'bilateral-events',
      version: 1,
      ...(options.title === undefined ? {} : { title: options.title }),
      parties: resolveParties([a, b], []),
      sources: events.length === 0 ? [] : [...sources.values(), GDELT_SOURCE],
      events,
    },
    problems,
    rowsRead,
  };
}

function summaryOf(ids: readonly string[], codes: readonly string[]): string {
  const coded = ids.map((id, i) => `${id}: CAMEO ${codes[i] ?? ''}`).join('; ');
  return `Machine-coded by GDELT 2.0 (${ids.length === 1 ? 'event' : 'events'} ${coded}).`;
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

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'-])(\p{L})/gu,
      (_m, before: string, letter: string) => before + letter.toUpperCase(),
    );
}
