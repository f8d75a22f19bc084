import { readFileSync } from 'node:fs';

/** A file's text, or the line a tool prints when it cannot read it. */
export function readText(
  path: string,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${path}: cannot be read: ${reason}` };
  }
}
