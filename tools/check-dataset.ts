// npm run data:check -- FILE... [--warnings-as-errors]
// The curation check: the strict parse (type, a source and verification on every event) plus the
// rules in src/data/check-rules.ts. Exit status 1 when any file has an error (or a warning, with
// --warnings-as-errors), so CI can gate on it.
import { readFileSync } from 'node:fs';
import { checkFile } from './lib/check-file';

const args = process.argv.slice(2);
const warningsAsErrors = args.includes('--warnings-as-errors');
const files = args.filter((arg) => !arg.startsWith('--'));
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--warnings-as-errors');

if (files.length === 0 || unknown.length > 0) {
  if (unknown.length > 0) console.error(`Unknown option: ${unknown.join(' ')}`);
  console.error('Usage: npm run data:check -- FILE... [--warnings-as-errors]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(
      `${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
    failed = true;
    continue;
  }
  const report = checkFile(file, text);
  for (const line of report.lines) console.log(line);
  if (report.errors > 0 || (warningsAsErrors && report.warnings > 0)) failed = true;
}
process.exit(failed ? 1 : 0);
