// npm run data:import -- INPUT -o OUTPUT.json [--from timelinejs|csv|gdelt] [--parties PAK,CHN]
//   [--title "Dataset title"] [--link-kind news]
// Converts another format into a bilateral-events v1 file. Rows that cannot be converted are
// listed by row (or line, or slide) and left out; every other row is written. Exit status: 0 when
// every row converted, 1 when some were left out (the file is still written) or nothing could be,
// 2 on a usage error (including an input that does not say who the two sides are).
import { detectFormat } from '../src/data/importers/detect-format';
import { importCsv } from '../src/data/importers/import-csv';
import { type GdeltPairCount, importGdelt } from '../src/data/importers/import-gdelt';
import type { ImportResult } from '../src/data/importers/import-result';
import { importTimelineJs, isSourceKind } from '../src/data/importers/import-timelinejs';
import { importTimelineJsSheet } from '../src/data/importers/timelinejs-sheet';
import { parseDatasetJson } from '../src/data/parse-dataset';
import { formatProblem } from './lib/check-file';
import { parseCliArgs } from './lib/cli-args';
import { readText } from './lib/read-text';
import { wantsHelp, writeText } from './lib/write-text';

const USAGE = `Usage: npm run data:import -- INPUT -o OUTPUT.json [options]

Converts a TimelineJS timeline (JSON, or its spreadsheet saved as CSV), a spreadsheet in this
project's columns (CSV) or a GDELT 1.0/2.0 event export into a bilateral-events dataset.

Options:
  -o, --out FILE       where to write the dataset (required)
  --from FORMAT        timelinejs, csv or gdelt; by default the format is told from the content
  --parties A,B        the two sides, as ISO 3166 alpha-3 codes (for example PAK,CHN); needed
                       when the input does not say, and for GDELT (which rows to keep)
  --title TEXT         the dataset's title
  --link-kind KIND     the kind of source a link in TimelineJS text becomes (default news):
                       official, news, wire, archive, reference or aggregator
  -h, --help           show this help

Exit status: 0 every row converted; 1 some rows left out (the file is still written), or none
could be; 2 a usage mistake, or parties that the input does not name.`;

const OPTIONS = ['--from', '-o', '--out', '--parties', '--title', '--link-kind'];
const argv = process.argv.slice(2);
if (wantsHelp(argv)) {
  console.log(USAGE);
  process.exit(0);
}
const args = parseCliArgs(argv, OPTIONS);
const given = args.option('--from');
const [input] = args.positional;
const output = args.option('-o', '--out');
const linkKind = args.option('--link-kind');
const unknown = args.unknown(OPTIONS);

function fail(message: string): never {
  console.error(message);
  console.error('Run npm run data:import -- --help for the options.');
  process.exit(2);
}

if (unknown.length > 0) fail(`Unknown option: ${unknown.join(' ')}`);
if (given !== undefined && given !== 'timelinejs' && given !== 'csv' && given !== 'gdelt')
  fail(
    '--from must be timelinejs, csv or gdelt (or left out, to tell the format from the content).',
  );
if (input === undefined || output === undefined || output === '')
  fail('Give an input file and -o OUTPUT.json.');
if (linkKind !== undefined && !isSourceKind(linkKind))
  fail('--link-kind must be official, news, wire, archive, reference or aggregator.');
const partiesText = args.option('--parties');
const codes = partiesText
  ?.toUpperCase()
  .split(',')
  .map((code) => code.trim());
const pair =
  codes === undefined
    ? undefined
    : codes.length === 2 && codes.every((code) => /^[A-Z]{3}$/.test(code)) && codes[0] !== codes[1]
      ? ([codes[0] ?? '', codes[1] ?? ''] as const)
      : fail('--parties takes two different ISO alpha-3 codes, such as --parties PAK,CHN.');

const read = readText(input);
if (!read.ok) {
  console.error(read.message);
  process.exit(1);
}
const text = read.text.replace(/^\uFEFF/, '');
const detected = detectFormat(text);
const from =
  given ??
  (detected === 'timelinejs' || detected === 'timelinejs-sheet'
    ? 'timelinejs'
    : detected === 'bilateral-events'
      ? fail(
          `${input}: is JSON but not a TimelineJS timeline; a bilateral-events file needs no import (check it with npm run data:check).`,
        )
      : (detected ??
        fail(
          `${input}: the format could not be told from the content: not TimelineJS JSON, no CSV header with date and title (or TimelineJS's Year and Headline), and not GDELT's tab-separated rows. Say which with --from.`,
        )));

const options = {
  ...(pair ? { parties: pair } : {}),
  ...(args.option('--title') ? { title: args.option('--title') } : {}),
  ...(linkKind !== undefined && isSourceKind(linkKind) ? { linkKind } : {}),
};
let result: ImportResult;
let leftOut: number | undefined;
if (from === 'csv') {
  result = importCsv(text, options);
} else if (from === 'gdelt') {
  const gdelt = importGdelt(text, options);
  if (!pair) {
    fail(
      `${input}: a GDELT file holds many pairs of countries; choose one with --parties.${pairsLine(gdelt.pairs)} For example: npm run data:import -- ${input} -o ${output} --parties ${gdelt.pairs[0]?.pair.join(',') ?? 'PAK,CHN'}`,
    );
  }
  if (gdelt.json.events.length === 0 && gdelt.rowsLeftOut === 0) {
    for (const problem of gdelt.problems) console.error(formatProblem(input, problem));
    console.error(
      `${input}: no row of this GDELT ${gdelt.version ?? ''} file is between ${pair.join(' and ')}; nothing was written.${pairsLine(gdelt.pairs)}`,
    );
    process.exit(1);
  }
  result = gdelt;
  leftOut = gdelt.rowsLeftOut;
} else if (detected === 'timelinejs-sheet') {
  result = importTimelineJsSheet(text, options);
} else {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    console.error(
      `${input}: is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  result = importTimelineJs(json, options);
}

if (!result.partiesStated) {
  fail(
    `${input}: does not say who the two sides are, and an importer never guesses. Name them with --parties, for example: npm run data:import -- ${input} -o ${output} --parties SYR,TUR`,
  );
}

for (const problem of result.problems) console.error(formatProblem(input, problem));
// What the app will say when it loads the file (a cited source no row described, and so on).
const loaded = parseDatasetJson(result.json);
if (loaded.ok) for (const problem of loaded.problems) console.error(formatProblem(output, problem));

const written = writeText(output, `${JSON.stringify(result.json, null, 2)}\n`);
if (!written.ok) {
  console.error(written.message);
  process.exit(1);
}
leftOut ??= new Set(
  result.problems.filter((p) => p.severity === 'error').map((p) => p.row ?? p.path),
).size;
const warnings = result.problems.filter((p) => p.severity === 'warning').length;
const unit = from === 'timelinejs' && detected !== 'timelinejs-sheet' ? 'slide' : 'row';
console.log(
  `${input}: ${plural(result.rowsRead, unit)} read; wrote ${plural(result.json.events.length, 'event')} and ${plural(result.json.sources?.length ?? 0, 'source')} to ${output}; ${leftOut} ${unit}${leftOut === 1 ? '' : 's'} left out, ${plural(warnings, 'warning')}.`,
);
if (result.json.events.length === 0) {
  console.error(`${input}: no event could be converted.`);
  process.exit(1);
}
// The curation check asks for more than an import can supply (a type, a source, verification).
const strict = parseDatasetJson(result.json, { strict: true });
const unfinished = strict.ok ? new Set(strict.problems.map((p) => p.index)).size : 0;
if (unfinished > 0) {
  console.log(
    `${plural(unfinished, 'event')} still need a type, a source or verification before npm run data:check -- ${output} passes.`,
  );
}
process.exit(leftOut > 0 ? 1 : 0);

function pairsLine(pairs: readonly GdeltPairCount[]): string {
  if (pairs.length === 0) return ' No row names a country for both actors.';
  const top = pairs
    .slice(0, 5)
    .map(({ pair: p, rows }) => `${p.join(',')} (${plural(rows, 'row')})`);
  return ` The pairs with the most rows: ${top.join(', ')}.`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
