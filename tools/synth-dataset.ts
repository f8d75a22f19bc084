// npm run data:synth -- --events N --seed S -o FILE
// Writes a synthetic bilateral-events file (tools/lib/synth-dataset.ts). The JSON is written as
// the events are made, in large chunks, so a million events never sit in memory as one string.
import { closeSync, openSync, writeSync } from 'node:fs';
import { createSynth } from './lib/synth-dataset';
import { wantsHelp } from './lib/write-text';

const CHUNK_CHARS = 1 << 20;

const args = process.argv.slice(2);
const USAGE = `Usage: npm run data:synth -- --events N --seed S -o FILE

Writes made-up events (every title starts with "Synthetic") for load tests and benchmarks; the
same seed always gives the same file.`;
if (wantsHelp(args)) {
  console.log(USAGE);
  process.exit(0);
}
const value = (...names: string[]) => {
  const at = args.findIndex((arg) => names.includes(arg));
  return at === -1 ? undefined : args[at + 1];
};
const events = Number(value('--events', '-n') ?? '1000');
const seed = Number(value('--seed') ?? '1');
const out = value('-o', '--out');

if (!Number.isInteger(events) || events < 0 || !Number.isInteger(seed) || out === undefined) {
  console.error(USAGE);
  process.exit(2);
}

const started = performance.now();
const synth = createSynth({ events, seed });
let fd: number;
try {
  fd = openSync(out, 'w');
} catch (error) {
  console.error(
    `${out}: cannot be written: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
let buffer = '';
const write = (text: string) => {
  buffer += text;
  if (buffer.length >= CHUNK_CHARS) {
    writeSync(fd, buffer);
    buffer = '';
  }
};

// Small fields first, then the events, then the registry they cite (known only at the end).
write('{\n');
write(`"format": "bilateral-events",\n"version": 1,\n`);
write(`"title": ${JSON.stringify(synth.title)},\n`);
write(`"description": ${JSON.stringify(synth.description)},\n`);
write(`"parties": ${JSON.stringify(synth.parties)},\n`);
write('"events": [\n');
let count = 0;
for (const event of synth.events()) {
  write(`${count === 0 ? '' : ',\n'}${JSON.stringify(event)}`);
  count++;
}
write('\n],\n"sources": [\n');
let sources = 0;
for (const source of synth.sources()) {
  write(`${sources === 0 ? '' : ',\n'}${JSON.stringify(source)}`);
  sources++;
}
write('\n]\n}\n');
writeSync(fd, buffer);
closeSync(fd);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote ${out}: ${count} events, ${sources} sources, seed ${seed}, in ${seconds} s.`);
