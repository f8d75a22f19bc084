// npm run data:export -- --to csv|timelinejs FILE [-o OUT]
// Writes a bilateral-events file as CSV (the columns the CSV importer reads) or as TimelineJS
// JSON, to OUT or to standard output. Records the loader leaves out are reported and not exported.
import { toCsv } from '../src/data/export/to-csv';
import { toTimelineJs } from '../src/data/export/to-timelinejs';
import { toV1Json } from '../src/data/export/to-v1-json';
import { parseDatasetText } from '../src/data/parse-dataset-text';
import { formatProblem } from './lib/check-file';
import { parseCliArgs } from './lib/cli-args';
import { readText } from './lib/read-text';
import { wantsHelp, writeText } from './lib/write-text';

const USAGE = `Usage: npm run data:export -- --to csv|timelinejs FILE [-o OUT]

Writes a bilateral-events dataset as CSV (the columns the CSV importer reads, with a title row
and era rows) or as TimelineJS JSON, to OUT or to standard output.

Options:
  --to FORMAT   csv or timelinejs (required)
  -o, --out     where to write; standard output if left out
  -h, --help    show this help`;
const argv = process.argv.slice(2);
if (wantsHelp(argv)) {
  console.log(USAGE);
  process.exit(0);
}
const args = parseCliArgs(argv, ['--to', '-o', '--out']);
const to = args.option('--to');
const [input] = args.positional;
const output = args.option('-o', '--out');
const unknown = args.unknown(['--to', '-o', '--out']);

if (unknown.length > 0 || (to !== 'csv' && to !== 'timelinejs') || input === undefined) {
  if (unknown.length > 0) console.error(`Unknown option: ${unknown.join(' ')}`);
  console.error(USAGE);
  process.exit(2);
}

const read = readText(input);
if (!read.ok) {
  console.error(read.message);
  process.exit(1);
}
const { text } = read;
const parsed = parseDatasetText(text);
if (!parsed.ok) {
  console.error(`${input}: ${parsed.error.message}`);
  process.exit(1);
}
for (const problem of parsed.problems) console.error(formatProblem(input, problem));

const doc = toV1Json(parsed.dataset);
const body = to === 'csv' ? toCsv(doc) : `${JSON.stringify(toTimelineJs(doc), null, 2)}\n`;
if (output === undefined) {
  process.stdout.write(body);
} else {
  const written = writeText(output, body);
  if (!written.ok) {
    console.error(written.message);
    process.exit(1);
  }
  console.error(
    `${input}: wrote ${doc.events.length} events as ${to === 'csv' ? 'CSV' : 'TimelineJS JSON'} to ${output}.`,
  );
}
