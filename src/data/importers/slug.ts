// Ids must match [a-z0-9][a-z0-9-]* (DATA.md), so free text is folded to ASCII where it can be
// and dropped where it cannot; callers supply a fallback for text with no Latin letters at all.

const MAX_SLUG_LENGTH = 60;

export function slug(text: string, maxLength = MAX_SLUG_LENGTH): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** Hands out ids that are unique within one import: a repeated id gets -2, -3, … */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Ids the input already uses explicitly, so generated ones never collide with them. */
  reserve(id: string): void {
    this.taken.add(id);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  claim(preferred: string): string {
    let id = preferred;
    for (let n = 2; this.taken.has(id); n++) id = `${preferred}-${n}`;
    this.taken.add(id);
    return id;
  }
}
