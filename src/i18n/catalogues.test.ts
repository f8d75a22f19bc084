import { describe, expect, it } from 'vitest';
import { en } from './messages-en';
import { ur } from './messages-ur';
import { zh } from './messages-zh';
import { isolate } from './urdu-text';

// Every string of the Urdu and Chinese catalogues, functions called with sample arguments, checked
// against English: translated (not a copy), in the right script, non-empty, and in Urdu with every
// interpolated value isolated from the right-to-left sentence around it.

type Arguments = readonly unknown[];

// Sample arguments for every message function, by key path. Latin text and plain numbers on
// purpose: the worst case for a right-to-left sentence, and they show any English left behind.
const SAMPLES: Record<string, readonly Arguments[]> = {
  'dateWords.approximate': [['1950']],
  'dateWords.uncertain': [['2021']],
  'dateWords.bce': [['501']],
  preparingCount: [['12,500', '100,000']],
  loadingBytes: [
    ['1.2 MB', '3.4 MB'],
    ['1.2 MB', undefined],
  ],
  someRecordsSkipped: [[1], [5], [12_345]],
  warningsCount: [[1], [3]],
  problemEvent: [
    [4, 'bad-id'],
    [4, undefined],
  ],
  badDataParam: [['javascript:alert(1)']],
  badWindowParam: [['2024-13']],
  unknownEvent: [['no-such-event']],
  visibleWindow: [['March 2024', 'June 2024']],
  clusterName: [
    ['1', 'March 2024'],
    ['12', 'March 2024'],
  ],
  seriesNumber: [
    ['JWG-ICC', 4],
    ['JWG-ICC', undefined],
  ],
  previousInSeries: [['3rd JWG-ICC meeting']],
  nextInSeries: [['5th JWG-ICC meeting']],
  unknownSource: [['src-dawn-1']],
  published: [['2024-01-21']],
  opened: [['Launch of the CPEC long-term plan', '21 January 2024']],
  eventCount: [['1'], ['72'], ['1,204']],
  datasetSpan: [['1950', '2024']],
  attribution: [['Xinhua and Dawn']],
  matchCount: [
    ['1', '72'],
    ['5', '72'],
  ],
  filtersActive: [[1], [3]],
  downloadAs: [['5', 'CSV']],
  hostedBy: [['Pakistan']],
  overviewWindow: [['March – June 2024']],
  moreBySpeaker: [['Zhou Enlai']],
  // Modes (messages-*-modes.ts)
  embedFrameTitle: [['China–Pakistan relations']],
  presentStatus: [['3', '12']],
  presentAnnouncement: [['Launch of the CPEC long-term plan', '21 January 2024']],
  moreStatements: [[1], [4]],
  exportIntro: [
    ['1990–1995', '1'],
    ['1990–1995', '12'],
  ],
  exported: [['bilateral-timeline.png']],
  exportEventCount: [['1'], ['12']],
  moreEventsHere: [['12']],
  printListTitle: [['12']],
  printedFrom: [['https://example.org/timeline']],
  // Stories, eras and media (messages-*-stories.ts)
  storySteps: [['1'], ['10']],
  storyStep: [['3', '8']],
  storyAnnouncement: [
    ['Step 3 of 8', 'The committee met in Islamabad.', '4th meeting of the JWG-ICC'],
  ],
  unknownStory: [['no-such-story']],
  mediaCredit: [['Photo desk']],
  viewDescription: [
    [
      {
        total: '80',
        totalCount: 80,
        first: '1950',
        last: '2025',
        viewFrom: '2012',
        viewTo: '2025',
        inView: '42',
        inViewCount: 42,
        showsAll: false,
        busiest: '2024',
      },
    ],
    [
      {
        total: '1',
        totalCount: 1,
        first: '2024',
        last: '2024',
        viewFrom: '2024',
        viewTo: '2024',
        inView: '1',
        inViewCount: 1,
        showsAll: true,
        busiest: undefined,
      },
    ],
  ],
};

// Values that are rightly the same in every language, or carry no words of their own; as
// "path" (every sample) or "path#n" (the n-th sample). The rest must differ from English.
const SAME_AS_ENGLISH: Record<'ur' | 'zh', ReadonlySet<string>> = {
  // The brand. (Urdu isolates "+12" and the bare series name, so they differ from English.)
  ur: new Set(['appName']),
  // The brand; a bare "+12" badge; a series name with no meeting number is just the name.
  zh: new Set(['appName', 'moreEventsHere', 'seriesNumber#1']),
};
// Values that need not contain a letter of the language's script: the brand, and values that
// are nothing but the interpolated text (a badge, a name, "title, date").
const WITHOUT_SCRIPT = new Set([
  'appName',
  'moreEventsHere',
  'seriesNumber#1',
  'presentAnnouncement',
  'storyAnnouncement',
]);

// Optional DateWords a language may add (English has none of them).
const OPTIONAL = new Set(['dateWords.rangeJoiner']);

interface Leaf {
  readonly path: string;
  readonly value: unknown;
}

function leaves(value: unknown, path = ''): Leaf[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [{ path, value }];
}

interface Text {
  /** "path" for a string, "path#n" for the n-th sample of a function. */
  readonly id: string;
  readonly path: string;
  readonly args: Arguments;
  readonly text: unknown;
}

/** Every string of a catalogue: its strings, and its functions called with each sample. */
function texts(catalogue: unknown): Text[] {
  return leaves(catalogue).flatMap(({ path, value }) => {
    if (typeof value !== 'function') return [{ id: path, path, args: [], text: value }];
    return (SAMPLES[path] ?? []).map((args, n) => ({
      id: `${path}#${n}`,
      path,
      args,
      text: (value as (...a: unknown[]) => unknown)(...args),
    }));
  });
}

const englishTexts = new Map(texts(en).map((t) => [t.id, t.text]));
const listed = (set: ReadonlySet<string>, t: Text) => set.has(t.path) || set.has(t.id);

const hasLetterOf = (script: RegExp) => (text: string) =>
  [...text].some((char) => script.test(char) && /\p{L}/u.test(char));
const hasArabicLetter = hasLetterOf(/\p{Script=Arabic}/u);
const hasHan = hasLetterOf(/\p{Script=Han}/u);

const ISOLATED_SPAN = /\u2068[^\u2066-\u2069]*\u2069/gu;
// Latin words an Urdu sentence may carry as they are: key names, protocols, file formats.
const LATIN_WORDS_IN_URDU = new Set([
  'Bilateral',
  'http',
  'https',
  'Home',
  'End',
  'Enter',
  'Page',
  'Down',
  'Up',
  'Space',
  'Escape',
  'B',
  'F',
  'BibTeX',
  'PNG',
  'SVG',
  'K',
]);

describe.each([
  ['ur', ur, hasArabicLetter],
  ['zh', zh, hasHan],
] as const)('the %s catalogue', (language, catalogue, inScript) => {
  const all = texts(catalogue);

  it('has exactly the keys of English, at every level', () => {
    const paths = (value: unknown) =>
      leaves(value)
        .map((leaf) => leaf.path)
        .filter((path) => !OPTIONAL.has(path));
    expect(paths(catalogue)).toEqual(paths(en));
  });

  it('has a function wherever English has one', () => {
    const kinds = (value: unknown) =>
      leaves(value)
        .filter((leaf) => !OPTIONAL.has(leaf.path))
        .map((leaf) => [leaf.path, typeof leaf.value]);
    expect(kinds(catalogue)).toEqual(kinds(en));
  });

  it('gives only non-empty strings', () => {
    for (const t of all) {
      expect(typeof t.text, t.id).toBe('string');
      expect(String(t.text).trim(), t.id).not.toBe('');
    }
  });

  it('translates every value (none is left as the English)', () => {
    const copies = all
      .filter((t) => !listed(SAME_AS_ENGLISH[language], t))
      .filter((t) => t.text === englishTexts.get(t.id))
      .map((t) => t.id);
    expect(copies).toEqual([]);
  });

  it('writes every value in its own script', () => {
    const foreign = all
      .filter((t) => !listed(WITHOUT_SCRIPT, t))
      .filter((t) => !inScript(String(t.text)))
      .map((t) => `${t.id}: ${String(t.text)}`);
    expect(foreign).toEqual([]);
  });

  it('keeps the names of the allowed list the same as English', () => {
    for (const t of all.filter((t) => listed(SAME_AS_ENGLISH[language], t))) {
      expect(t.text, t.id).toBe(englishTexts.get(t.id));
    }
  });
});

describe('sample arguments', () => {
  it('cover every message function of English, and nothing else', () => {
    const functions = leaves(en)
      .filter((leaf) => typeof leaf.value === 'function')
      .map((leaf) => leaf.path)
      .sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(functions);
  });
});

describe('Urdu bidirectional isolation', () => {
  const all = texts(ur);
  const outside = (text: string) => text.replace(ISOLATED_SPAN, '');

  it('isolate wraps text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE', () => {
    expect(isolate('CPEC')).toBe('\u2068CPEC\u2069');
  });

  it('opens and closes every isolate, without nesting', () => {
    for (const t of all) {
      const text = String(t.text);
      expect(/[\u2066-\u2069]/u.test(outside(text)), t.id).toBe(false);
    }
  });

  it('isolates every interpolated value (text and numbers alike)', () => {
    const numberFormat = new Intl.NumberFormat('ur-PK');
    for (const t of all.filter((t) => t.args.length > 0 && !t.path.startsWith('dateWords.'))) {
      const text = String(t.text);
      // A message that takes its parts as one object (viewDescription) interpolates each part.
      const values = t.args.flatMap((arg) =>
        typeof arg === 'object' && arg !== null ? Object.values(arg) : [arg],
      );
      for (const arg of values) {
        if (arg === undefined || typeof arg === 'boolean') continue;
        const shown = typeof arg === 'number' ? numberFormat.format(arg) : String(arg);
        const spans = text.match(ISOLATED_SPAN) ?? [];
        expect(
          spans.some((span) => span.includes(shown)),
          `${t.id}: ${JSON.stringify(text)}`,
        ).toBe(true);
        expect(outside(text).includes(shown), `${t.id}: ${JSON.stringify(text)}`).toBe(false);
      }
    }
  });

  it('leaves no digits, and only known Latin words, outside the isolates', () => {
    for (const t of all.filter((t) => !t.path.startsWith('dateWords.'))) {
      const rest = outside(String(t.text));
      expect(/\d/u.test(rest), `${t.id}: ${rest}`).toBe(false);
      for (const word of rest.match(/\p{Script=Latin}+/gu) ?? []) {
        expect(LATIN_WORDS_IN_URDU.has(word), `${t.id}: “${word}” in ${rest}`).toBe(true);
      }
    }
  });

  it('reads "Opened: <English title>, <date>" with both values isolated', () => {
    expect(ur.opened('Launch of the CPEC long-term plan', '21 جنوری، 2024')).toBe(
      'کھولا گیا: \u2068Launch of the CPEC long-term plan\u2069، \u206821 جنوری، 2024\u2069',
    );
  });

  it('keeps DateWords free of isolates: dates are already Urdu text', () => {
    expect(ur.dateWords.approximate('1950')).toBe('تقریباً 1950');
    expect(ur.dateWords.uncertain('21 ستمبر، 2021')).toBe('21 ستمبر، 2021 (غیر یقینی)');
    expect(ur.dateWords.bce('501')).toBe('501 قبل مسیح');
  });
});

describe('Chinese needs no isolation', () => {
  it('has no directional isolates or marks', () => {
    for (const t of texts(zh)) {
      expect(/[\u200e\u200f\u2066-\u2069]/u.test(String(t.text)), t.id).toBe(false);
    }
  });
});

describe('plural forms', () => {
  const strip = (text: string) => text.replace(/[\u2068\u2069]/gu, '');

  it('Urdu: one and other, for counts given as numbers', () => {
    expect(strip(ur.someRecordsSkipped(1))).toBe('1 ریکارڈ شامل نہیں کیا گیا');
    expect(strip(ur.someRecordsSkipped(5))).toBe('5 ریکارڈ شامل نہیں کیے گئے');
    expect(strip(ur.someRecordsSkipped(12_345))).toBe('12,345 ریکارڈ شامل نہیں کیے گئے');
    expect(strip(ur.warningsCount(1))).toBe('1 انتباہ');
    expect(strip(ur.warningsCount(3))).toBe('3 انتباہات');
    expect(strip(ur.moreStatements(1))).toBe('مکمل منظر میں 1 مزید بیان');
    expect(strip(ur.moreStatements(4))).toBe('مکمل منظر میں 4 مزید بیانات');
  });

  it('Urdu: one and other, for counts that arrive already formatted', () => {
    expect(strip(ur.eventCount('1'))).toBe('1 واقعہ');
    expect(strip(ur.eventCount('72'))).toBe('72 واقعات');
    expect(strip(ur.eventCount('1,204'))).toBe('1,204 واقعات');
    expect(strip(ur.eventCount('۱'))).toBe('۱ واقعہ');
    expect(strip(ur.eventCount('۱٬۲۰۴'))).toBe('۱٬۲۰۴ واقعات');
    expect(strip(ur.matchCount('1', '72'))).toBe('72 میں سے 1 واقعہ');
    expect(strip(ur.matchCount('5', '72'))).toBe('72 میں سے 5 واقعات');
    expect(strip(ur.clusterName('12', 'مارچ 2024'))).toBe('12 واقعات، مارچ 2024');
    expect(strip(ur.exportEventCount('1'))).toBe('1 واقعہ');
  });

  it('Chinese: one form, numbers formatted for zh-CN', () => {
    expect(zh.someRecordsSkipped(1)).toBe('已略去1条记录');
    expect(zh.someRecordsSkipped(12_345)).toBe('已略去12,345条记录');
    expect(zh.warningsCount(3)).toBe('3条警告');
    expect(zh.eventCount('1')).toBe('1个事件');
    expect(zh.eventCount('72')).toBe('72个事件');
    expect(zh.matchCount('5', '72')).toBe('5个事件（共72个）');
    expect(zh.clusterName('12', '2024年3月')).toBe('12个事件，2024年3月');
    expect(zh.moreStatements(4)).toBe('完整视图中还有4条表态');
  });
});

describe('terms', () => {
  it('uses the agreed words for timeline and event', () => {
    expect(ur.timeline).toBe('ٹائم لائن');
    expect(zh.timeline).toBe('时间线');
    expect(ur.eventsList).toBe('واقعات');
    expect(zh.eventsList).toBe('事件');
    expect(ur.details).toContain('واقعے');
    expect(zh.details).toContain('事件');
  });

  it('keeps the message parameters of English', () => {
    for (const { path, value } of leaves(en).filter((leaf) => typeof leaf.value === 'function')) {
      const arity = (value as (...a: unknown[]) => unknown).length;
      for (const catalogue of [ur, zh]) {
        const own = leaves(catalogue).find((leaf) => leaf.path === path)?.value;
        expect((own as (...a: unknown[]) => unknown).length, path).toBe(arity);
      }
    }
  });

  it('puts the meeting number of a series in the sentence', () => {
    expect(zh.seriesNumber('中巴经济走廊联合合作委员会', 13)).toBe(
      '中巴经济走廊联合合作委员会第13次会议',
    );
    expect(ur.seriesNumber('JCC', 13)).toBe('\u2068JCC\u2069، اجلاس نمبر \u206813\u2069');
  });
});
