// Synthetic bilateral-events data for load tests and benchmarks: deterministic for a seed,
// shaped like the real thing (quiet decades and busy months, state visits with their meetings,
// numbered meeting series, incidents and the reactions to them), and obviously not real: every
// title says "Synthetic". It must never be shipped as a dataset.

import type {
  V1Document,
  V1Event,
  V1Party,
  V1Source,
} from '../../src/data/importers/import-result';
import { utcDayMs } from '../../src/domain/edtf';
import type { PloverType } from '../../src/domain/types';

export interface SynthOptions {
  readonly events: number;
  readonly seed: number;
}

export interface Synth {
  readonly title: string;
  readonly description: string;
  readonly parties: readonly [V1Party, V1Party];
  /** The events, each once; iterate to the end before reading sources. */
  events(): Generator<V1Event>;
  /** The source registry, every entry cited by some event. */
  sources(): Generator<V1Source>;
}

/** mulberry32: a small, fast PRNG whose whole state is one 32-bit number. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const FIRST_DAY = utcDayMs(1951, 5, 21) / DAY_MS;
const LAST_DAY = utcDayMs(2025, 6, 30) / DAY_MS;
const BLOCK_DAYS = 61;

const PARTIES: readonly [V1Party, V1Party] = [
  { code: 'PAK', name: 'Pakistan' },
  { code: 'CHN', name: 'China' },
];

const PLACES = [
  { name: 'Islamabad', country: 'PAK', lat: 33.69, lon: 73.05 },
  { name: 'Karachi', country: 'PAK', lat: 24.86, lon: 67.01 },
  { name: 'Lahore', country: 'PAK', lat: 31.55, lon: 74.34 },
  { name: 'Gwadar', country: 'PAK', lat: 25.13, lon: 62.32 },
  { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 },
  { name: 'Shanghai', country: 'CHN', lat: 31.23, lon: 121.47 },
  { name: 'Kashgar', country: 'CHN', lat: 39.47, lon: 75.99 },
  { name: 'Urumqi', country: 'CHN', lat: 43.83, lon: 87.62 },
  { name: 'Tashkent', country: 'UZB', lat: 41.3, lon: 69.24 },
] as const;
const ROLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Vice Foreign Minister',
  'Planning Minister',
  'Ambassador',
  'Spokesperson',
  'Chief of Army Staff',
];
const TAGS = [
  'cpec',
  'trade',
  'security',
  'energy',
  'culture',
  'education',
  'connectivity',
  'finance',
  'agriculture',
  'health',
];
const PUBLISHERS = [
  { name: 'Synthetic Daily', kind: 'news' },
  { name: 'Synthetic Wire Service', kind: 'wire' },
  { name: 'Synthetic Ministry of Foreign Affairs', kind: 'official' },
  { name: 'Synthetic Archive', kind: 'archive' },
] as const;
const SINGLE_TYPES: readonly PloverType[] = [
  'CONSULT',
  'CONSULT',
  'AGREE',
  'SUPPORT',
  'SUPPORT',
  'COOPERATE',
  'COOPERATE',
  'AID',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'CONCEDE',
];
const STATUSES = [
  ...Array<'verified'>(12).fill('verified'),
  ...Array<'single-source'>(5).fill('single-source'),
  'unverified',
  'unverified',
  'disputed',
] as const;

type V1Statement = NonNullable<V1Event['statements']>[number];
type SeriesMember = V1Event & { related: { type: 'follows' | 'precedes'; id: string }[] };

export function createSynth(options: SynthOptions): Synth {
  const total = Math.max(0, Math.floor(options.events));
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  // Busy and quiet periods: a rising trend (more contact in recent decades) times a random
  // multiplier per two-month block, from near silence to a burst of activity.
  const days = LAST_DAY - FIRST_DAY + 1;
  const cumulative = new Float64Array(days);
  let blockWeight = 1;
  let sum = 0;
  for (let d = 0; d < days; d++) {
    if (d % BLOCK_DAYS === 0) {
      const roll = random();
      blockWeight = roll < 0.2 ? 0.03 : roll < 0.85 ? 0.5 + random() : 4 + 6 * random();
    }
    sum += Math.exp(3 * (d / days)) * blockWeight;
    cumulative[d] = sum;
  }
  const dayAt = (u: number): number => {
    const target = u * sum;
    let lo = 0;
    let hi = days - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return FIRST_DAY + lo;
  };

  const seriesCount = Math.min(60, Math.max(3, Math.round(total / 400)));
  // Up to 100,000 events every kind of optional detail comes at its full rate; beyond that it
  // thins out in proportion, so a million events make about 300 MB of JSON instead of 400 MB
  // while every structure (visits, series, links, all precisions) is still there.
  const detail = Math.min(1, 100_000 / Math.max(1, total));
  const rich = (p: number) => chance(p * detail);

  // One report per publisher per day, cited by every event of that day it covers.
  const sourceDays: number[] = [];
  const sourcePublishers: number[] = [];
  const sourceByKey = new Map<number, number>();
  function newSource(day: number): string {
    const publisher = Math.floor(random() * PUBLISHERS.length);
    const key = day * PUBLISHERS.length + publisher;
    let index = sourceByKey.get(key);
    if (index === undefined) {
      index = sourceDays.length;
      sourceDays.push(day);
      sourcePublishers.push(publisher);
      sourceByKey.set(key, index);
    }
    return `src-${index + 1}`;
  }

  function* events(): Generator<V1Event> {
    let made = 0;
    let seq = 0;
    const lastNumber = new Array<number>(seriesCount).fill(0);
    const pending = new Map<number, SeriesMember>();

    const person = (party: string) => ({
      name: `Synthetic Official ${party}-${between(1, 400)}`,
      role: pick(ROLES),
      party,
    });
    const statements = (source: string, n: number): V1Statement[] =>
      Array.from({ length: n }, (_, i) => {
        const party = i === 0 && n > 2 ? 'joint' : pick(['PAK', 'CHN', 'PAK', 'CHN', 'joint']);
        const kind = party === 'joint' ? 'joint' : pick(['quote', 'paraphrase'] as const);
        return {
          ...(party === 'joint'
            ? { speaker: 'Both sides' }
            : {
                speaker: `Synthetic Spokesperson ${party}-${between(1, 50)}`,
                role: 'Spokesperson',
              }),
          party,
          kind,
          text: `Synthetic ${kind === 'quote' ? 'quoted' : kind === 'joint' ? 'joint' : 'paraphrased'} statement ${seq}.${i + 1}; not a real statement.`,
          source,
        };
      });
    const place = () => {
      if (chance(0.08)) return { name: 'Video link', virtual: true };
      const p = pick(PLACES);
      return { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
    };
    const verification = () => {
      const status = pick(STATUSES);
      return status === 'disputed'
        ? { status, note: 'Synthetic note: sources disagree on the date.' }
        : { status };
    };
    // Fields every kind of event shares; spread last so the file reads id, date, title first.
    const common = (sources: string[]) => ({
      ...(rich(0.5)
        ? { tags: [pick(TAGS), ...(chance(0.3) ? [pick(TAGS)] : [])].filter(unique) }
        : {}),
      sources,
      verification: verification(),
      ...(rich(0.03)
        ? { i18n: { ur: { title: `مصنوعی واقعہ ${seq}` }, zh: { title: `合成事件 ${seq}` } } }
        : {}),
    });

    while (made < total) {
      const remaining = total - made;
      const day = dayAt((made + 0.5) / total);
      const roll = random();
      seq++;
      if (roll < 0.45 || remaining === 1) {
        // A single event at any precision, sometimes qualified.
        const source = newSource(day);
        const precisionRoll = random();
        const qualifier = chance(0.07) ? pick(['?', '~', '%']) : '';
        const date =
          (precisionRoll < 0.8
            ? dayText(day)
            : precisionRoll < 0.94
              ? dayText(day).slice(0, 7)
              : dayText(day).slice(0, 4)) + qualifier;
        const type = pick(SINGLE_TYPES);
        made++;
        yield {
          id: `syn-${seq}`,
          date,
          title: `Synthetic ${type.toLowerCase()} #${seq}`,
          ...(rich(0.6)
            ? {
                summary: `Synthetic summary of event ${seq}.${chance(0.3) ? '\n\nA second synthetic paragraph.' : ''}`,
              }
            : {}),
          type,
          ...(rich(0.6) ? { location: place() } : {}),
          ...(rich(0.5) ? { participants: [person('PAK'), person('CHN')] } : {}),
          ...(rich(0.3) ? { statements: statements(source, between(1, 3)) } : {}),
          ...(rich(0.2) ? { outcomes: [`Synthetic outcome ${seq}.1`] } : {}),
          ...common([source]),
        };
      } else if (roll < 0.65) {
        // A state visit over several days, with meetings that are part of it.
        const length = between(1, 5);
        const parts = Math.min(remaining - 1, between(0, detail < 1 ? 3 : 6));
        const visitId = `syn-${seq}-visit`;
        const sources = [newSource(day), newSource(day + length)];
        const partIds = Array.from({ length: parts }, (_, i) => `syn-${seq}-part-${i + 1}`);
        made += 1 + parts;
        const host = chance(0.5) ? 'PAK' : 'CHN';
        const guest = host === 'PAK' ? 'CHN' : 'PAK';
        const city = pick(PLACES.filter((p) => p.country === host));
        yield {
          id: visitId,
          date: dayText(day),
          end: dayText(day + length),
          title: `Synthetic state visit #${seq}`,
          ...(rich(1)
            ? { summary: `Synthetic summary of visit ${seq}: a leader of ${guest} visits ${host}.` }
            : {}),
          type: 'CONSULT',
          location: { name: city.name, country: city.country, lat: city.lat, lon: city.lon },
          ...(rich(1)
            ? {
                participants: [
                  person(guest),
                  person(host),
                  ...(chance(0.1) ? [person('AFG')] : []),
                ],
              }
            : {}),
          ...(rich(1) ? { statements: statements(sources[0] ?? '', between(2, 4)) } : {}),
          ...(rich(1)
            ? {
                outcomes: Array.from(
                  { length: between(1, 3) },
                  (_, i) => `Synthetic agreement ${seq}.${i + 1} signed`,
                ),
              }
            : {}),
          ...(parts > 0
            ? { related: partIds.map((id) => ({ type: 'has-part' as const, id })) }
            : {}),
          ...common(sources),
        };
        for (const [i, id] of partIds.entries()) {
          const partDay = day + between(0, length);
          yield {
            id,
            date: dayText(partDay),
            title: `Synthetic meeting ${i + 1} of visit #${seq}`,
            type: pick(['CONSULT', 'AGREE', 'SUPPORT'] as const),
            ...(rich(1) ? { location: { name: city.name, country: city.country } } : {}),
            ...(rich(1) ? { participants: [person(guest), person(host)] } : {}),
            related: [{ type: 'part-of', id: visitId }],
            ...common([sources[i % 2] ?? '']),
          };
        }
      } else if (roll < 0.9) {
        // The next meeting of a numbered series, linked both ways to the one before it.
        const series = Math.floor(random() * seriesCount);
        const number = (lastNumber[series] ?? 0) + 1;
        lastNumber[series] = number;
        const id = `syn-series-${series + 1}-${number}`;
        const previous = pending.get(series);
        const source = newSource(day);
        const virtual = chance(0.15);
        const event: SeriesMember = {
          id,
          date: chance(0.1) ? dayText(day).slice(0, 7) : dayText(day),
          title: `Synthetic Joint Committee ${series + 1}, meeting ${number}`,
          type: 'CONSULT' as const,
          ...(virtual ? { location: { name: 'Video link', virtual: true } } : {}),
          ...(!virtual && rich(1) ? { location: place() } : {}),
          ...(rich(1) ? { participants: [person('PAK'), person('CHN')] } : {}),
          ...(rich(0.4) ? { statements: statements(source, between(1, 3)) } : {}),
          series: {
            id: `syn-series-${series + 1}`,
            name: `Synthetic Joint Committee ${series + 1}`,
            number,
          },
          related: previous ? [{ type: 'follows', id: previous.id }] : [],
          ...common([source]),
        };
        made++;
        if (previous) {
          previous.related.push({ type: 'precedes', id });
          yield tidy(previous);
        }
        pending.set(series, event);
      } else {
        // An incident and the reactions to it over the following days.
        const reactions = Math.min(remaining - 1, between(1, detail < 1 ? 2 : 3));
        const incidentId = `syn-${seq}-incident`;
        const source = newSource(day);
        made += 1 + reactions;
        yield {
          id: incidentId,
          date: dayText(day),
          title: `Synthetic security incident #${seq}`,
          ...(rich(1)
            ? { summary: `Synthetic summary of incident ${seq}. No such incident took place.` }
            : {}),
          type: 'ASSAULT',
          ...(rich(1) ? { location: place() } : {}),
          ...common([source]),
        };
        for (let i = 0; i < reactions; i++) {
          const reactionDay = day + between(0, 3);
          const reactionSource = newSource(reactionDay);
          yield {
            id: `syn-${seq}-reaction-${i + 1}`,
            date: dayText(reactionDay),
            title: `Synthetic reaction ${i + 1} to incident #${seq}`,
            type: pick(['ACCUSE', 'REQUEST', 'SUPPORT'] as const),
            ...(rich(1) ? { statements: statements(reactionSource, between(1, 2)) } : {}),
            related: [{ type: 'response-to', id: incidentId }],
            ...common([reactionSource]),
          };
        }
      }
    }
    for (const event of pending.values()) yield tidy(event);
  }

  function* sources(): Generator<V1Source> {
    for (let i = 0; i < sourceDays.length; i++) {
      const publisher = PUBLISHERS[sourcePublishers[i] ?? 0] ?? PUBLISHERS[0];
      const id = `src-${i + 1}`;
      yield {
        id,
        publisher: publisher.name,
        title: `Synthetic report ${i + 1}`,
        url: `https://example.org/synthetic/${i + 1}`,
        published: dayText(sourceDays[i] ?? FIRST_DAY),
        kind: publisher.kind,
      };
    }
  }

  return {
    title: `Synthetic dataset (${total} events, seed ${options.seed})`,
    description:
      'Generated by npm run data:synth for load testing. Every event, person and source in it is made up.',
    parties: PARTIES,
    events,
    sources,
  };
}

/** The whole document in memory, for tests and small sizes. */
export function synthDocument(options: SynthOptions): V1Document {
  const synth = createSynth(options);
  const events = [...synth.events()];
  return {
    format: 'bilateral-events',
    version: 1,
    title: synth.title,
    description: synth.description,
    parties: [...synth.parties],
    sources: [...synth.sources()],
    events,
  };
}

/** A series member with no neighbours has no relations to list. */
function tidy(event: SeriesMember): V1Event {
  return event.related.length > 0 ? event : { ...event, related: undefined };
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

function dayText(day: number): string {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${month}-${dayOfMonth}`;
}
