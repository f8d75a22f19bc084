import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'import-export-'));
const tool = (name: string, ...args: string[]) =>
  spawnSync('npx', ['tsx', `tools/${name}.ts`, ...args], { encoding: 'utf8' });

describe('npm run data:import and data:export', () => {
  it('import the CSV template into a file that passes the curation check', () => {
    const out = join(dir, 'template.json');
    const run = tool('import-dataset', '--from', 'csv', 'templates/events-template.csv', '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('wrote 3 events and 2 sources');
    expect(tool('check-dataset', out).status).toBe(0);
  }, 30_000);

  it('write every convertible row, list the others by row, and exit 1', () => {
    const out = join(dir, 'events.json');
    const run = tool(
      'import-dataset',
      '--from',
      'csv',
      'tests/fixtures/importers/events.csv',
      '-o',
      out,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'tests/fixtures/importers/events.csv:row 7: column type: "MEETING"',
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).events).toHaveLength(5);
  }, 30_000);

  it('import GDELT rows for the pair of parties given', () => {
    const out = join(dir, 'gdelt.json');
    const run = tool(
      'import-dataset',
      '--from',
      'gdelt',
      'tests/fixtures/importers/gdelt-sample.tsv',
      '--parties',
      'chn,pak',
      '-o',
      out,
    );
    expect(run.stderr).toContain('gdelt-sample.tsv:line 6: has 5 tab-separated fields');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.parties.map((p: { code: string }) => p.code)).toEqual(['CHN', 'PAK']);
    expect(json.events).toHaveLength(4);
  }, 30_000);

  it('export to CSV and TimelineJS, to a file or to standard output', () => {
    const fixture = 'tests/fixtures/importers/export-roundtrip.v1.json';
    const csv = tool('export-dataset', '--to', 'csv', fixture);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^id,date,end,title,/);
    const out = join(dir, 'timeline.json');
    expect(tool('export-dataset', '--to', 'timelinejs', fixture, '-o', out).status).toBe(0);
    const timeline = JSON.parse(readFileSync(out, 'utf8'));
    expect(timeline.events.map((s: { unique_id: string }) => s.unique_id)).toContain(
      'example-treaty',
    );
  }, 30_000);

  it('refuse unknown formats with a usage message and exit 2', () => {
    const run = tool('import-dataset', '--from', 'xml', 'a.xml', '-o', join(dir, 'x.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--from must be timelinejs, csv or gdelt');
    expect(tool('export-dataset', '--to', 'pdf', 'x.json').status).toBe(2);
  }, 30_000);

  it('answer --help on every data tool, with usage on standard output and exit 0', () => {
    for (const name of ['import-dataset', 'export-dataset', 'generate-schema', 'synth-dataset']) {
      const run = tool(name, '--help');
      expect(run.status, name).toBe(0);
      expect(run.stdout, name).toMatch(/^Usage: npm run data:/);
    }
  }, 60_000);

  it('tell a TimelineJS spreadsheet by its content, and ask for the parties it does not name', () => {
    const sheet = 'tests/fixtures/importers/timelinejs-sheet.csv';
    const out = join(dir, 'sheet.json');
    const asked = tool('import-dataset', sheet, '-o', out);
    expect(asked.status).toBe(2);
    expect(asked.stderr).toContain('does not say who the two sides are');
    expect(asked.stderr).toContain('--parties SYR,TUR');
    expect(existsSync(out)).toBe(false);
    const run = tool('import-dataset', sheet, '-o', out, '--parties', 'SYR,TUR');
    expect(run.stderr).toContain(`${sheet}:row 8: column Month: "13" is not a month from 1 to 12`);
    expect(run.stdout).toContain('8 rows read; wrote 5 events and 2 sources');
    expect(run.status).toBe(1);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.parties).toEqual([
      { code: 'SYR', name: 'Syria' },
      { code: 'TUR', name: 'Türkiye' },
    ]);
    expect(json.eras).toHaveLength(1);
  }, 30_000);

  it('say which pairs a GDELT file has: without --parties (exit 2), and with none of the pair (exit 1)', () => {
    const file = 'tests/fixtures/importers/gdelt1-daily.tsv';
    const out = join(dir, 'gdelt1.json');
    const unasked = tool('import-dataset', file, '-o', out);
    expect(unasked.status).toBe(2);
    expect(unasked.stderr).toContain(
      'The pairs with the most rows: CHN,PAK (5 rows), PAK,USA (2 rows).',
    );
    const none = tool('import-dataset', file, '-o', out, '--parties', 'IND,AFG');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no row of this GDELT 1.0 file is between IND and AFG');
    expect(none.stderr).toContain('CHN,PAK (5 rows)');
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('end in one line, not a stack trace, when the output cannot be written', () => {
    const run = tool(
      'import-dataset',
      'templates/events-template.csv',
      '-o',
      join(dir, 'no-such-folder', 'out.json'),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('out.json: cannot be written: its folder does not exist');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
