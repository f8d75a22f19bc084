import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../parse-dataset';
import { importGdelt } from './import-gdelt';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/importers/${name}`, import.meta.url), 'utf8');
const PAK_CHN = { parties: ['PAK', 'CHN'] } as const;

describe('importGdelt, GDELT 1.0', () => {
  const daily = importGdelt(fixture('gdelt1-daily.tsv'), PAK_CHN);

  it('reads the 58-column daily files as GDELT 1.0, citing the article and the 1.0 database', () => {
    expect(daily.version).toBe('1.0');
    expect(daily.json.events.map((e) => e.id)).toEqual(['gdelt-250000001', 'gdelt-250000003']);
    expect(daily.json.events[0]?.sources).toEqual([
      expect.stringMatching(/^news-example-com-2013-04-14-visit-/),
      'gdelt-1-events',
    ]);
    const loaded = parseDatasetJson(daily.json);
    expect(loaded.ok && loaded.problems).toEqual([]);
  });

  it('merges rows only when day, article and CAMEO root agree: the assault stays apart', () => {
    const [consult, assault] = daily.json.events;
    expect(consult?.type).toBe('CONSULT');
    expect(consult?.summary).toContain('250000002');
    expect(assault?.type).toBe('ASSAULT');
    expect(assault?.summary).not.toContain('250000001');
  });

  it('keeps the place’s country (FIPS CH is China) and GDELT’s numbers, combined over merged rows', () => {
    expect(daily.json.events[0]).toMatchObject({
      location: { name: 'Beijing, Beijing, China', country: 'CHN', lat: 39.9289, lon: 116.388 },
      numMentions: 8,
      goldsteinScale: 2.35,
      avgTone: 2.75,
      quadClass: 1,
    });
    expect(daily.json.events[1]).toMatchObject({
      numMentions: 3,
      goldsteinScale: -9,
      avgTone: -6,
      quadClass: 4,
    });
  });

  it('reads a repeated GLOBALEVENTID once, and reports each reason once', () => {
    expect(daily.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      'warning line 4: repeats the GLOBALEVENTID of an earlier row, and was read once',
      'error line 7: has an event date (field 2, Day/SQLDATE) that is not a date of the form YYYYMMDD',
      'warning rows: 2 rows are between other countries and were not read; the file also has PAK–USA (2)',
    ]);
    expect(daily.rowsLeftOut).toBe(1);
  });

  it('names countries from the ISO table, not from the actor strings', () => {
    const usa = importGdelt(fixture('gdelt1-daily.tsv'), { parties: ['USA', 'PAK'] });
    const names = usa.json.events.flatMap((e) => (e.participants ?? []).map((p) => p.name));
    expect(names).toContain('United States');
    expect(JSON.stringify(usa.json.events.map((e) => [e.title, e.participants]))).not.toMatch(
      /The Us|Islamabad/i,
    );
    expect(usa.json.events[0]?.summary).toContain('THE US → PAKISTAN');
  });

  it('reads the 57-column historical backfile, which has no article, one event per row', () => {
    const backfile = importGdelt(fixture('gdelt1-backfile.tsv'), PAK_CHN);
    expect(backfile.version).toBe('1.0');
    expect(backfile.problems).toEqual([]);
    expect(backfile.json.events.map((e) => [e.date, e.type, e.sources])).toEqual([
      ['1979-03-12', 'AGREE', ['gdelt-1-events']],
      ['1979-03-12', 'AGREE', ['gdelt-1-events']],
    ]);
    expect(backfile.json.events[0]?.location?.country).toBe('PAK');
  });
});

describe('importGdelt, the pair of countries', () => {
  it('converts nothing without parties, and lists the pairs the file has, most rows first', () => {
    const result = importGdelt(fixture('gdelt1-daily.tsv'));
    expect(result.json.events).toEqual([]);
    expect(result.partiesStated).toBe(false);
    expect(result.pairs).toEqual([
      { pair: ['CHN', 'PAK'], rows: 5 },
      { pair: ['PAK', 'USA'], rows: 2 },
    ]);
  });

  it('takes the pair with the most rows when asked to (the app)', () => {
    const result = importGdelt(fixture('gdelt1-daily.tsv'), { mostFrequentPair: true });
    expect(result.json.parties.map((p) => p.code)).toEqual(['CHN', 'PAK']);
    expect(result.json.events).toHaveLength(2);
  });

  it('reports many rows left out for one reason in one line', () => {
    const rows = Array.from({ length: 710 }, () => Array(12).fill('x').join('\t')).join('\n');
    const result = importGdelt(rows, PAK_CHN);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: 'error',
      path: 'lines 1, 2, 3, 4, 5 and 705 more',
      message:
        '710 rows have 12 tab-separated fields; a GDELT event row has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)',
    });
    expect(result.rowsLeftOut).toBe(710);
  });
});
