// How well a dataset covers its span, for curators: events per decade (with how each is
// verified) and per type, the share verified, and the sources a reader cannot follow because
// they have no address. Pure: the command prints what formatCoverage returns.
import {
  type Dataset,
  PLOVER_TYPES,
  VERIFICATION_STATUSES,
  type VerificationStatus,
} from '../../src/domain/types';

export interface DecadeCoverage {
  /** First year of the decade (astronomical: 1950 for the 1950s). */
  readonly decade: number;
  readonly events: number;
  readonly byStatus: Readonly<Record<VerificationStatus, number>>;
}

export interface Coverage {
  readonly events: number;
  /** Every decade from the earliest event's to the latest's, empty ones included. */
  readonly decades: readonly DecadeCoverage[];
  /** PLOVER types in their standard order, then events without a type; only those present. */
  readonly types: readonly { readonly type: string; readonly events: number }[];
  readonly verified: number;
  readonly sources: number;
  readonly sourcesWithoutAddress: readonly string[];
  /** Events none of whose cited sources has an address. */
  readonly eventsWithoutAddressedSource: readonly string[];
}

const NO_TYPE = '(no type)';

export function computeCoverage(dataset: Dataset): Coverage {
  const byDecade = new Map<number, Record<VerificationStatus, number>>();
  const byType = new Map<string, number>();
  let verified = 0;
  for (const event of dataset.events) {
    const decade = Math.floor(event.date.year / 10) * 10;
    const counts = byDecade.get(decade) ?? emptyStatusCounts();
    byDecade.set(decade, counts);
    // An event without a verification (allowed when loading, not by the strict check) counts
    // as unverified: nobody has said otherwise.
    const status = event.verification?.status ?? 'unverified';
    counts[status]++;
    if (status === 'verified') verified++;
    const type = event.type ?? NO_TYPE;
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }

  const decades: DecadeCoverage[] = [];
  const present = [...byDecade.keys()];
  if (present.length > 0) {
    for (let decade = Math.min(...present); decade <= Math.max(...present); decade += 10) {
      const byStatus = byDecade.get(decade) ?? emptyStatusCounts();
      decades.push({ decade, events: sum(Object.values(byStatus)), byStatus });
    }
  }

  const addressed = new Set<string>();
  const sourcesWithoutAddress: string[] = [];
  for (const source of dataset.sources.values()) {
    if (hasAddress(source.url)) addressed.add(source.id);
    else sourcesWithoutAddress.push(source.id);
  }

  return {
    events: dataset.events.length,
    decades,
    types: [...PLOVER_TYPES, NO_TYPE]
      .filter((type) => byType.has(type))
      .map((type) => ({ type, events: byType.get(type) ?? 0 })),
    verified,
    sources: dataset.sources.size,
    sourcesWithoutAddress,
    eventsWithoutAddressedSource: dataset.events
      .filter((event) => !event.sources.some((id) => addressed.has(id)))
      .map((event) => event.id),
  };
}

/** The report as aligned plain-text lines: two tables, then the shares and any gaps by id. */
export function formatCoverage(name: string, coverage: Coverage): string[] {
  const statusHeads = VERIFICATION_STATUSES.map(capitalise);
  const decadeRows = coverage.decades.map((d) => [
    decadeLabel(d.decade),
    String(d.events),
    ...VERIFICATION_STATUSES.map((status) => String(d.byStatus[status])),
  ]);
  const totals = [
    'All',
    String(coverage.events),
    ...VERIFICATION_STATUSES.map((status) =>
      String(sum(coverage.decades.map((d) => d.byStatus[status]))),
    ),
  ];
  const typeRows = coverage.types.map((t) => [
    t.type,
    String(t.events),
    percent(t.events, coverage.events),
  ]);
  const noAddress = coverage.sourcesWithoutAddress;
  const unfollowable = coverage.eventsWithoutAddressedSource;
  return [
    `Coverage of ${name}: ${plural(coverage.events, 'event')}, ${plural(coverage.sources, 'source')}`,
    '',
    ...table(['Decade', 'Events', ...statusHeads], [...decadeRows, totals]),
    '',
    ...table(['Type', 'Events', 'Share'], typeRows),
    '',
    `Verified: ${coverage.verified} of ${coverage.events} events (${percent(coverage.verified, coverage.events)})`,
    `Sources without an address: ${noAddress.length} of ${coverage.sources}${list(noAddress)}`,
    `Events citing no source with an address: ${unfollowable.length}${list(unfollowable)}`,
  ];
}

/** Columns padded to their widest cell; the first column left-aligned, numbers right-aligned. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((cell, i) =>
    Math.max(cell.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.map(line)];
}

function emptyStatusCounts(): Record<VerificationStatus, number> {
  return { verified: 0, 'single-source': 0, unverified: 0, disputed: 0 };
}

function hasAddress(url: string | undefined): boolean {
  return url !== undefined && /^https?:\/\/\S+$/i.test(url);
}

function decadeLabel(decade: number): string {
  // Astronomical years: year 0 is 1 BCE, so the decade of -500 runs from 501 to 492 BCE.
  return decade < 0 ? `${1 - decade}–${1 - decade - 9} BCE` : `${decade}s`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `: ${ids.join(', ')}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
