import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from './lib/check-file';

const dataset = (events: unknown[], sources: unknown[] = [{ id: 'src-a' }]) =>
  JSON.stringify(
    {
      format: 'bilateral-events',
      version: 1,
      parties: [
        { code: 'PAK', name: 'Pakistan' },
        { code: 'CHN', name: 'China' },
      ],
      sources,
      events,
    },
    null,
    2,
  );
const good = (id: string, extra: object = {}) => ({
  id,
  date: '2024-01-21',
  title: `Example ${id}`,
  type: 'CONSULT',
  sources: ['src-a'],
  verification: { status: 'verified' },
  ...extra,
});

describe('checkFile', () => {
  it('summarises a clean file in one line', () => {
    const report = checkFile('ok.json', dataset([good('a'), good('b')]));
    expect(report.lines).toEqual(['ok.json: 2 events, 0 errors, 0 warnings']);
    expect(report.errors).toBe(0);
  });

  it('prints each problem as FILE:path: reason, marks warnings, and counts both', () => {
    const report = checkFile(
      'data.json',
      dataset([good('a'), good('b', { date: '2024-13' })], [{ id: 'src-a' }, { id: 'idle' }]),
    );
    expect(report.lines).toEqual([
      'data.json:sources[1]: warning: "idle" is never cited by any event or statement',
      'data.json:events[1].date: month 13 is not between 01 and 12 (event "b")',
      'data.json: 2 events (1 loaded), 1 error, 1 warning',
    ]);
    expect(report).toMatchObject({ errors: 1, warnings: 1, events: 2 });
  });

  it('gives the line and column of a JSON syntax error', () => {
    const report = checkFile('bad.json', '{\n  "format": "bilateral-events"\n  "version": 1\n}');
    expect(report.lines[0]).toMatch(
      /^bad\.json:3:3: The dataset is not valid JSON: .*line 3, column 3/,
    );
    expect(report.lines[1]).toBe('bad.json: rejected, 1 error');
  });

  it('rejects a file that is not a bilateral-events dataset, saying which field', () => {
    const report = checkFile(
      'other.json',
      '{"format": "something-else", "version": 1, "events": []}',
    );
    expect(report.lines[0]).toMatch(/^other\.json:format: .*must be "bilateral-events"/);
    expect(report.errors).toBe(1);
  });
});

describe('npm run data:check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'tools/check-dataset.ts', ...args], { encoding: 'utf8' });

  it('exits 0 for clean files, 1 when any file has an error, 2 without files', () => {
    const clean = write('clean.json', dataset([good('a')]));
    const broken = write('broken.json', dataset([good('a', { sources: ['missing'] })]));
    expect(run(clean).status).toBe(0);
    const failed = run(clean, broken);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain(`${broken}:events[0].sources[0]: cites "missing"`);
    expect(failed.stdout).toContain(`${clean}: 1 event, 0 errors, 0 warnings`);
    expect(run().status).toBe(2);
  }, 30_000);

  it('fails on warnings only with --warnings-as-errors', () => {
    const warned = write('warned.json', dataset([good('a')], [{ id: 'src-a' }, { id: 'idle' }]));
    expect(run(warned).status).toBe(0);
    expect(run(warned, '--warnings-as-errors').status).toBe(1);
  }, 30_000);
});
