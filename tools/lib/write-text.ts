import { writeFileSync } from 'node:fs';

/** Writes a file, or returns the one line a tool prints when it cannot (no stack trace). */
export function writeText(
  path: string,
  text: string,
): { readonly ok: true } | { readonly ok: false; readonly message: string } {
  try {
    writeFileSync(path, text);
    return { ok: true };
  } catch (error) {
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : error instanceof Error
              ? error.message
              : String(error);
    return { ok: false, message: `${path}: cannot be written: ${reason}` };
  }
}

/** Whether the arguments ask for help, which a tool answers on standard output, exiting 0. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
