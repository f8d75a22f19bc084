import type { Statement, TimelineEvent } from '../../domain/types';

// A slide is read from across a room: a short summary and at most two statements, each cut at a
// sentence (or a word) so nothing runs off the screen. The full text stays one key away (Escape).

export const SUMMARY_MAX_CHARS = 320;
export const STATEMENT_MAX_CHARS = 220;
export const KEY_STATEMENTS = 2;

/** The text up to maxChars, ending at a sentence if one ends late enough, else at a word, with "…". */
export function shorten(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= maxChars) return clean;
  const head = chars.slice(0, maxChars).join('');
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('。'),
    head.lastIndexOf('۔'),
  );
  if (sentenceEnd >= maxChars * 0.5) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.lastIndexOf(' ');
  const cut = wordEnd >= maxChars * 0.5 ? head.slice(0, wordEnd) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The summary's first paragraph, shortened. */
export function slideSummary(summary: string | undefined): string | undefined {
  const first = summary?.split(/\n\s*\n/)[0];
  return first ? shorten(first, SUMMARY_MAX_CHARS) : undefined;
}

/**
 * Up to `limit` statements, one per side first (so both sides are heard), quotes before
 * paraphrases, then in file order.
 */
export function keyStatements(event: TimelineEvent, limit = KEY_STATEMENTS): Statement[] {
  const rank = (s: Statement) => (s.kind === 'quote' ? 0 : s.kind === 'joint' ? 1 : 2);
  const ordered = event.statements
    .map((statement, order) => ({ statement, order }))
    .sort((a, b) => rank(a.statement) - rank(b.statement) || a.order - b.order)
    .map(({ statement }) => statement);
  const chosen: Statement[] = [];
  const sides = new Set<string | undefined>();
  for (const statement of ordered) {
    if (chosen.length >= limit) break;
    if (sides.has(statement.party)) continue;
    sides.add(statement.party);
    chosen.push(statement);
  }
  for (const statement of ordered) {
    if (chosen.length >= limit) break;
    if (!chosen.includes(statement)) chosen.push(statement);
  }
  // Back in the order the dataset gives them, which is usually the order they were made.
  return chosen.sort((a, b) => event.statements.indexOf(a) - event.statements.indexOf(b));
}
