// npm run data:check -- FILE... [--warnings-as-errors] [--coverage]
// The curation check: the strict parse (type, a source and verification on every event) plus the
// rules in src/data/check-rules.ts. Exit status 1 when any file has an error (or a warning, with
// --warnings-as-errors), so CI can gate on it. --coverage adds, for each file that loads, events
// per decade and per type, the share verified and the sources without an address.
import { checkFile } from './lib/check-file';
import { parseCliArgs } from './lib/cli-args';
import { computeCoverage, formatCoverage } from './lib/coverage';
import { readText } from './lib/read-text';
import { wantsHelp } from './lib/write-text';

const USAGE = `Usage: npm run data:check -- FILE... [--warnings-as-errors] [--coverage]

Checks bilateral-events datasets as the app loads them, plus the curation rules: every event
has a type, a source and verification; links and series are consistent; cited sources exist.

Options:
  --warnings-as-errors   fail on warnings too (such as a source nothing cites)
  --coverage             add events per decade and per type, the share verified, and the
                         sources without an address
  -h, --help             show this help

Exit status: 0 no file has an error; 1 a file has one (or cannot be read, or has no events);
2 a usage mistake.`;

const argv = process.argv.slice(2);
if (wantsHelp(argv)) {
  console.log(USAGE);
  process.exit(0);
}
const FLAGS = ['--warnings-as-errors', '--coverage'];
const args = parseCliArgs(argv, []);
const files = args.positional;
const unknown = args.unknown(FLAGS);

if (files.length === 0 || unknown.length > 0) {
  if (unknown.length > 0) console.error(`Unknown option: ${unknown.join(' ')}`);
  console.error(USAGE);
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
  if (args.flag('--coverage') && report.dataset !== undefined) {
    console.log('');
    for (const line of formatCoverage(file, computeCoverage(report.dataset))) console.log(line);
  }
  if (report.errors > 0 || (args.flag('--warnings-as-errors') && report.warnings > 0))
    failed = true;
}
process.exit(failed ? 1 : 0);
