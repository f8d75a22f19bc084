// npm run data:check -- FILE... [--warnings-as-errors]
// The curation check: the strict parse (type, a source and verification on every event) plus the
// rules in src/data/check-rules.ts. Exit status 1 when any file has an error (or a warning, with
// --warnings-as-errors), so CI can gate on it.
import { checkFile } from './lib/check-file';
import { readText } from './lib/read-text';

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
  const read = readText(file);
  if (!read.ok) {
    console.log(read.message);
    failed = true;
    continue;
  }
  const report = checkFile(file, read.text);
  for (const line of report.lines) console.log(line);
  if (report.errors > 0 || (warningsAsErrors && report.warnings > 0)) failed = true;
}
process.exit(failed ? 1 : 0);
