import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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
    expect(run.stderr).toContain('Usage: npm run data:import');
    expect(tool('export-dataset', '--to', 'pdf', 'x.json').status).toBe(2);
  }, 30_000);
});
