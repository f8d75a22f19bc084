import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// The datasets in public/data are kept indented, for people and diffs; the build serves them
// without the indentation. The same JSON, a quarter smaller (the shipped dataset: 421 → 320 KB,
// 86 → 81 KB gzipped), and read that much sooner by the first view.

export function compactDatasets(folder = 'data'): Plugin {
  return {
    name: 'bilateral:compact-datasets',
    apply: 'build',
    writeBundle(options) {
      if (!options.dir) return;
      const dir = join(options.dir, folder);
      let names: string[];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(dir, name);
        const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
        // Only datasets: the JSON Schema beside them is read by people.
        if (isDataset(json)) writeFileSync(path, JSON.stringify(json));
      }
    },
  };
}

function isDataset(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    'format' in json &&
    json.format === 'bilateral-events'
  );
}
