// npm run data:schema [-- --check]
// Writes public/data/bilateral-events.schema.json from the valibot schema. With --check, writes
// nothing and exits 1 if the committed file is stale (CI runs this after any schema change).
import { readFileSync, writeFileSync } from 'node:fs';
import { renderJsonSchema, SCHEMA_PATH } from './lib/json-schema';
import { wantsHelp } from './lib/write-text';

if (wantsHelp(process.argv.slice(2))) {
  console.log(`Usage: npm run data:schema [-- --check]

Writes public/data/bilateral-events.schema.json from the app's own schema. With --check, writes
nothing and exits 1 if the committed file is out of date.`);
  process.exit(0);
}

const check = process.argv.includes('--check');
const fresh = renderJsonSchema();

if (check) {
  let onDisk: string | undefined;
  try {
    onDisk = readFileSync(SCHEMA_PATH, 'utf8');
  } catch {
    onDisk = undefined;
  }
  if (onDisk !== fresh) {
    console.error(
      `${SCHEMA_PATH} is ${onDisk === undefined ? 'missing' : 'out of date'}: run npm run data:schema and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${SCHEMA_PATH} is up to date.`);
} else {
  writeFileSync(SCHEMA_PATH, fresh);
  console.log(`Wrote ${SCHEMA_PATH}.`);
}
