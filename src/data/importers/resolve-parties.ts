import { countryName } from './country-names';
import type { V1Party } from './import-result';

/** The project's own pair, used when an input names no parties of its own. */
export const DEFAULT_PARTIES: readonly [string, string] = ['PAK', 'CHN'];

/**
 * The two sides of an imported dataset: the codes given, or else the two codes the input uses
 * most (a third country met once in a trilateral must not become a party), topped up with the
 * defaults.
 */
export function resolveParties(
  explicit: readonly [string, string] | undefined,
  codesInInput: readonly string[],
): [V1Party, V1Party] {
  const [first, second] = explicit ?? mostUsed(codesInInput);
  return [
    { code: first, name: countryName(first) },
    { code: second, name: countryName(second) },
  ];
}

function mostUsed(codes: readonly string[]): [string, string] {
  const counts = new Map<string, number>();
  for (const code of codes) {
    if (/^[A-Z]{3}$/.test(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  // Map keeps first-seen order, and the sort is stable, so ties go to the code seen first.
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  for (const code of DEFAULT_PARTIES) if (!ranked.includes(code)) ranked.push(code);
  return [ranked[0] ?? DEFAULT_PARTIES[0], ranked[1] ?? DEFAULT_PARTIES[1]];
}
