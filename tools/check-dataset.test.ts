import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from './lib/check-file';
import { computeCoverage, formatCoverage } from './lib/coverage';

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

  it('fails a dataset with no events: an import that lost every row must not pass', () => {
    const report = checkFile('empty.json', dataset([], []));
    expect(report.lines).toEqual([
      'empty.json:events: is empty: a dataset needs at least one event',
      'empty.json: 0 events, 1 error, 0 warnings',
    ]);
    expect(report.errors).toBe(1);
  });

  it('counts a source as cited by an event that fails another rule', () => {
    const report = checkFile(
      'data.json',
      dataset(
        [good('a'), good('b', { date: '2024-13', sources: ['only-b'] })],
        [{ id: 'src-a' }, { id: 'only-b' }],
      ),
    );
    expect(report.lines.join('\n')).not.toContain('never cited');
    expect(report.lines).toContain(
      'data.json:events[1].date: month 13 is not between 01 and 12 (event "b")',
    );
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

describe('coverage report', () => {
  const coverageOf = (events: unknown[], sources?: unknown[]) => {
    const { dataset } = checkFile('c.json', dataset_(events, sources));
    if (!dataset) throw new Error('the test file did not load');
    return computeCoverage(dataset);
  };
  const dataset_ = dataset;
  const status = (s: string) => ({ verification: { status: s } });

  it('counts events per decade by status, keeping empty decades in between', () => {
    const coverage = coverageOf([
      good('a', { date: '1951-05-21' }),
      good('b', { date: '1959~', ...status('single-source') }),
      good('c', { date: '1972-08', ...status('unverified') }),
      good('d', { date: '1979-12-31' }),
    ]);
    expect(coverage.decades.map((d) => [d.decade, d.events, d.byStatus])).toEqual([
      [1950, 2, { verified: 1, 'single-source': 1, unverified: 0, disputed: 0 }],
      [1960, 0, { verified: 0, 'single-source': 0, unverified: 0, disputed: 0 }],
      [1970, 2, { verified: 1, 'single-source': 0, unverified: 1, disputed: 0 }],
    ]);
    expect(coverage.verified).toBe(2);
  });

  it('counts types in PLOVER order and names the sources and events a reader cannot follow', () => {
    const coverage = coverageOf(
      [
        good('a', { type: 'COOPERATE', sources: ['no-url'] }),
        good('b', { type: 'AGREE' }),
        good('c', { type: 'COOPERATE', sources: ['no-url', 'src-a'] }),
      ],
      [
        { id: 'src-a', url: 'https://example.org/a' },
        { id: 'no-url' },
        { id: 'ftp', url: 'ftp://x' },
      ],
    );
    expect(coverage.types).toEqual([
      { type: 'AGREE', events: 1 },
      { type: 'COOPERATE', events: 2 },
    ]);
    expect(coverage.sourcesWithoutAddress).toEqual(['no-url', 'ftp']);
    expect(coverage.eventsWithoutAddressedSource).toEqual(['a']);
  });

  it('prints aligned tables, the share verified and the gaps', () => {
    const lines = formatCoverage(
      'c.json',
      coverageOf(
        [good('a', { date: '1963' }), good('b', { date: '2024-01-21', ...status('disputed') })],
        [{ id: 'src-a' }],
      ),
    );
    expect(lines.slice(0, 9)).toEqual([
      'Coverage of c.json: 2 events, 1 source',
      '',
      'Decade  Events  Verified  Single-source  Unverified  Disputed',
      '------  ------  --------  -------------  ----------  --------',
      '1960s        1         1              0           0         0',
      ...['1970s', '1980s', '1990s', '2000s'].map(
        (d) => `${d}        0         0              0           0         0`,
      ),
    ]);
    expect(lines).toContain('2020s        1         0              0           0         1');
    expect(lines).toContain('All          2         1              0           0         1');
    expect(lines).toContain('CONSULT       2   100%');
    expect(lines).toContain('Verified: 1 of 2 events (50%)');
    expect(lines).toContain('Sources without an address: 1 of 1: src-a');
    expect(lines).toContain('Events citing no source with an address: 2: a, b');
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

  it('adds the coverage report with --coverage, after the check, keeping the exit status', () => {
    const clean = write('covered.json', dataset([good('a', { date: '1985-11' })]));
    const result = run('--coverage', clean);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`${clean}: 1 event, 0 errors, 0 warnings`);
    expect(lines).toContain(`Coverage of ${clean}: 1 event, 1 source`);
    expect(lines).toContain('1980s        1         1              0           0         0');
    expect(
      run('--coverage', write('broken2.json', dataset([good('a', { sources: ['x'] })]))).status,
    ).toBe(1);
    expect(run('--covrage', clean).stderr).toContain('Unknown option: --covrage');
  }, 30_000);

  it('answers --help with its usage, and an unreadable file in one line', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run data:check -- FILE...');
    const missing = run(join(dir, 'nowhere.json'));
    expect(missing.status).toBe(1);
    expect(missing.stdout.trim().split('\n')).toHaveLength(1);
    expect(missing.stdout).toContain('nowhere.json: cannot be read');
  }, 30_000);

  it('fails on warnings only with --warnings-as-errors', () => {
    const warned = write('warned.json', dataset([good('a')], [{ id: 'src-a' }, { id: 'idle' }]));
    expect(run(warned).status).toBe(0);
    expect(run(warned, '--warnings-as-errors').status).toBe(1);
  }, 30_000);
});
