// The bundle budget: the JavaScript a first visit downloads before the page can draw — the entry
// script in dist/index.html and every chunk it imports statically — must stay at or under
// 110 KB gzip. Chunks loaded on demand (the parser's worker, importers, optional modes) do not count.
// Usage: npm run build && tsx tools/check-bundle-size.ts [--json]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 110 * 1024;

export function initialScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => resolve(distDir, match[1]!));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not import().
    for (const match of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g,
    )) {
      visit(resolve(dirname(file), match[1]!));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export function initialGzipBytes(distDir: string): {
  files: { file: string; gzipBytes: number }[];
  totalBytes: number;
} {
  const files = initialScripts(distDir).map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(file), { level: 9 }).byteLength,
  }));
  return { files, totalBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, totalBytes } = initialGzipBytes('dist');
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ totalBytes, budgetBytes: BUDGET_BYTES, files }));
  } else {
    for (const f of files)
      console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${f.file}`);
    console.log(
      `${(totalBytes / 1024).toFixed(1).padStart(7)} KB  initial JavaScript (gzip), budget ${BUDGET_BYTES / 1024} KB`,
    );
  }
  if (totalBytes > BUDGET_BYTES) {
    console.error(`Over budget by ${((totalBytes - BUDGET_BYTES) / 1024).toFixed(1)} KB.`);
    process.exit(1);
  }
}
