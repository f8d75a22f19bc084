import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../parse-dataset';
import { importCsv } from './import-csv';
import { UNSTATED_PARTIES } from './resolve-parties';

const PAK_CHN = { parties: ['PAK', 'CHN'] } as const;
const lines = (result: ReturnType<typeof importCsv>) =>
  result.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`);

describe('importCsv, spreadsheets as people write them', () => {
  it('reads common column names: label, name, desc, lng, long, start date', () => {
    const result = importCsv(
      'Label,Start Date,Desc,Lat,Lng\nExample talks,2020-05-01,Talks in May,33.7,73.1\n',
      PAK_CHN,
    );
    expect(result.problems).toEqual([]);
    expect(result.json.events[0]).toMatchObject({
      title: 'Example talks',
      date: '2020-05-01',
      summary: 'Talks in May',
      location: { lat: 33.7, lon: 73.1 },
    });
    expect(
      importCsv('name,start,end,long,lat\nX,2020,2021,10,20\n', PAK_CHN).json.events[0],
    ).toMatchObject({ title: 'X', date: '2020', end: '2021', location: { lat: 20, lon: 10 } });
  });

  it('reads English prose dates and BC years, and says how it read each one', () => {
    const result = importCsv(
      [
        'title,date,end',
        'A,"March 5, 1995",',
        'B,5 March 1995,',
        'C,1995,',
        'D,3300 BC,3000 BC',
        'E,03/05/1995,',
      ].join('\n'),
      PAK_CHN,
    );
    expect(result.json.events.map((e) => [e.title, e.date, e.end])).toEqual([
      ['A', '1995-03-05', undefined],
      ['B', '1995-03-05', undefined],
      ['C', '1995', undefined],
      ['D', '-3299', '-2999'],
    ]);
    expect(lines(result)).toEqual([
      'warning row 2: column date: "March 5, 1995" was read as 1995-03-05',
      'warning row 3: column date: "5 March 1995" was read as 1995-03-05',
      'warning row 5: column date: "3300 BC" was read as -3299',
      'warning row 5: column end: "3000 BC" was read as -2999',
      'error row 6: column date: "03/05/1995" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ?, ~ or %); a spreadsheet may have rewritten it, so format the column as text',
    ]);
  });

  it('leaves out a row with a latitude but no longitude, and says why', () => {
    const result = importCsv('title,date,lat,lon\nA,2020,33.7,\nB,2020,33.7,73.1\n', PAK_CHN);
    expect(result.json.events.map((e) => e.title)).toEqual(['B']);
    expect(lines(result)).toEqual([
      'error row 2: column lat is given without lon; a place needs both, or neither',
    ]);
  });

  it('reads a title row (title, description, parties) and era rows', () => {
    const result = importCsv(
      [
        'type,id,date,end,title,summary,participants,party,group',
        'title,,,,Syria–Türkiye relations,Example description,Syria [SYR]; Türkiye [TUR],,',
        'era,example-era,2011,2015,Example era,,,SYR,government',
        ',,2012-03,,Example event,,,,',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.json.title).toBe('Syria–Türkiye relations');
    expect(result.json.description).toBe('Example description');
    expect(result.json.parties).toEqual([
      { code: 'SYR', name: 'Syria' },
      { code: 'TUR', name: 'Türkiye' },
    ]);
    expect(result.json.eras).toEqual([
      {
        id: 'example-era',
        title: 'Example era',
        start: '2011',
        end: '2015',
        party: 'SYR',
        kind: 'government',
      },
    ]);
    expect(result.json.events.map((e) => e.title)).toEqual(['Example event']);
  });

  it('never invents parties: with none named or used, they are "not stated"', () => {
    const result = importCsv('title,date\nA,2020\n');
    expect(result.partiesStated).toBe(false);
    expect(result.json.parties).toEqual(UNSTATED_PARTIES);
    expect(JSON.stringify(result.json)).not.toMatch(/PAK|CHN|Pakistan|China/);
    const loaded = parseDatasetJson(result.json);
    expect(loaded.ok && loaded.dataset.parties.map((p) => p.name)).toEqual([
      'First side (not stated)',
      'Second side (not stated)',
    ]);
  });

  it('reads and writes media as kind | url | caption | credit | alt', () => {
    const result = importCsv(
      'title,date,media\nA,2020,"image | media/a.jpg | A caption | An agency | Two people; link | https://example.org/v"\n',
      PAK_CHN,
    );
    expect(result.problems).toEqual([]);
    expect(result.json.events[0]?.media).toEqual([
      {
        url: 'media/a.jpg',
        kind: 'image',
        caption: 'A caption',
        credit: 'An agency',
        alt: 'Two people',
      },
      { url: 'https://example.org/v', kind: 'link' },
    ]);
  });
});
