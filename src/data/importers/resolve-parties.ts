import { countryName } from './country-names';
import type { V1Party } from './import-result';

/**
 * What an importer writes when its input does not say who the two sides are: two codes from
 * ISO 3166's user-assigned range (no country has them), named so a reader sees that the file did
 * not say. The command-line importer never writes them: it asks for --parties instead.
 */
export const UNSTATED_PARTIES: readonly [V1Party, V1Party] = [
  { code: 'ZZA', name: 'First side (not stated)' },
  { code: 'ZZB', name: 'Second side (not stated)' },
];

export interface ResolvedParties {
  readonly parties: [V1Party, V1Party];
  /** False when neither the options nor the input said who the sides are. */
  readonly stated: boolean;
}

/**
 * The two sides of an imported dataset: the codes given; else those the file names; else the two
 * codes its rows use most, when they use at least two (a third country met once in a trilateral
 * must not become a party). Never a pair the input does not mention.
 */
export function resolveParties(
  explicit: readonly [string, string] | undefined,
  codesInInput: readonly string[],
  named: readonly [V1Party, V1Party] | undefined = undefined,
): ResolvedParties {
  if (explicit) return { parties: [party(explicit[0]), party(explicit[1])], stated: true };
  if (named) return { parties: [named[0], named[1]], stated: true };
  const [first, second] = mostUsed(codesInInput);
  if (first === undefined || second === undefined) {
    return { parties: [UNSTATED_PARTIES[0], UNSTATED_PARTIES[1]], stated: false };
  }
  return { parties: [party(first), party(second)], stated: true };
}

function party(code: string): V1Party {
  return { code, name: countryName(code) };
}

function mostUsed(codes: readonly string[]): (string | undefined)[] {
  const counts = new Map<string, number>();
  for (const code of codes) {
    if (/^[A-Z]{3}$/.test(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  // Map keeps first-seen order, and the sort is stable, so ties go to the code seen first.
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code)
    .slice(0, 2);
}

/** The problem an import reports when it had to write UNSTATED_PARTIES. */
export const PARTIES_NOT_STATED =
  'the file does not say who the two sides are, so they are shown as "not stated"';
