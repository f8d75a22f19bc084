// npm run data:import -- --from timelinejs|csv|gdelt INPUT -o OUTPUT.json
//   [--parties PAK,CHN] [--title "Dataset title"]
// Converts another format into a bilateral-events v1 file. Rows that cannot be converted are
// listed by row (or line, or slide) and left out; every other row is written. Exit status: 0 when
// every row converted, 1 when some were left out (the file is still written), 2 on a usage error.
import { writeFileSync } from 'node:fs';
import { importCsv } from '../src/data/importers/import-csv';
import { importGdelt } from '../src/data/importers/import-gdelt';
import type { ImportResult } from '../src/data/importers/import-result';
import { importTimelineJs } from '../src/data/importers/import-timelinejs';
import { parseDatasetJson } from '../src/data/parse-dataset';
import { formatProblem } from './lib/check-file';
import { parseCliArgs } from './lib/cli-args';
import { readText } from './lib/read-text';

const USAGE =
  'Usage: npm run data:import -- --from timelinejs|csv|gdelt INPUT -o OUTPUT.json [--parties PAK,CHN] [--title TITLE]';
const args = parseCliArgs(process.argv.slice(2), ['--from', '-o', '--out', '--parties', '--title']);
const from = args.option('--from');
const [input] = args.positional;
const output = args.option('-o', '--out');
const partiesText = args.option('--parties');
const parties = partiesText
  ?.toUpperCase()
  .split(',')
  .map((code) => code.trim());
const unknown = args.unknown(['--from', '-o', '--out', '--parties', '--title']);

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

if (unknown.length > 0) fail(`Unknown option: ${unknown.join(' ')}`);
if (from !== 'timelinejs' && from !== 'csv' && from !== 'gdelt')
  fail('--from must be timelinejs, csv or gdelt.');
if (input === undefined || output === undefined || output === '')
  fail('Give an input file and -o OUTPUT.json.');
const pair =
  parties === undefined
    ? undefined
    : parties.length === 2 && parties.every((code) => /^[A-Z]{3}$/.test(code))
      ? ([parties[0] ?? '', parties[1] ?? ''] as const)
      : fail('--parties takes two ISO alpha-3 codes, such as PAK,CHN.');

const read = readText(input);
if (!read.ok) {
  console.error(read.message);
  process.exit(1);
}
const { text } = read;

const options = {
  ...(pair ? { parties: pair } : {}),
  ...(args.option('--title') ? { title: args.option('--title') } : {}),
};
let result: ImportResult;
if (from === 'csv') {
  result = importCsv(text, options);
} else if (from === 'gdelt') {
  result = importGdelt(text, options);
} else {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    console.error(
      `${input}: is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  result = importTimelineJs(json, options);
}

for (const problem of result.problems) console.error(formatProblem(input, problem));
// What the app will say when it loads the file (a cited source no row described, and so on).
const loaded = parseDatasetJson(result.json);
if (loaded.ok) for (const problem of loaded.problems) console.error(formatProblem(output, problem));

writeFileSync(output, `${JSON.stringify(result.json, null, 2)}\n`);
const leftOut = new Set(
  result.problems.filter((p) => p.severity === 'error').map((p) => p.row ?? p.path),
).size;
const warnings = result.problems.filter((p) => p.severity === 'warning').length;
const unit = from === 'timelinejs' ? 'slide' : 'row';
console.log(
  `${input}: ${plural(result.rowsRead, unit)} read; wrote ${plural(result.json.events.length, 'event')} and ${plural(result.json.sources?.length ?? 0, 'source')} to ${output}; ${leftOut} ${unit}${leftOut === 1 ? '' : 's'} left out, ${plural(warnings, 'warning')}.`,
);
// The curation check asks for more than an import can supply (a type, a source, verification).
const strict = parseDatasetJson(result.json, { strict: true });
const unfinished = strict.ok ? new Set(strict.problems.map((p) => p.index)).size : 0;
if (unfinished > 0) {
  console.log(
    `${plural(unfinished, 'event')} still need a type, a source or verification before npm run data:check -- ${output} passes.`,
  );
}
process.exit(leftOut > 0 ? 1 : 0);

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
