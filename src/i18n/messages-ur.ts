import type { DateWords } from './format-date';
import type { Messages } from './messages-en';
import { urFiles } from './messages-ur-files';
import { urModes } from './messages-ur-modes';
import { urStories } from './messages-ur-stories';
import { countOf, eventsWord, formatCount, isolate, plural } from './urdu-text';

export { isolate };

// Urdu (Pakistan), right to left. Standard Urdu as a Pakistani news site or government portal
// writes it; terms kept the same throughout: ٹائم لائن (timeline), واقعہ/واقعات (event/events),
// ڈیٹا سیٹ (dataset), ماخذ/ذرائع (source/sources), سی پیک (CPEC).
//
// Quotation marks follow Urdu news style (’…‘). Every value put into a sentence that may be Latin
// text or numbers (titles, names, ids, dates, counts) is wrapped in `isolate` (urdu-text.ts), so
// that a right-to-left line "کھولا گیا: <English title>، 21 جنوری، 2024" keeps its order. Plural
// forms come from Intl.PluralRules('ur-PK'), never from comparing a count with 1.

export const URDU_DATE_WORDS: DateWords = {
  approximate: (date) => `تقریباً ${date}`,
  uncertain: (date) => `${date} (غیر یقینی)`,
  bce: (date) => `${date} قبل مسیح`,
};

export const ur: Messages = {
  appName: 'Bilateral',
  tagline: 'دو ملکوں کے باہمی تعلقات، واقعہ بہ واقعہ',
  dateWords: URDU_DATE_WORDS,

  loading: 'ڈیٹا سیٹ لوڈ ہو رہا ہے…',
  loadingBytes: (received, total) =>
    total
      ? `ڈاؤن لوڈ جاری ہے: ${isolate(total)} میں سے ${isolate(received)}`
      : `ڈاؤن لوڈ جاری ہے: ${isolate(received)}`,
  preparing: 'واقعات تیار کیے جا رہے ہیں…',
  preparingCount: (done, total) => `واقعات کی جانچ: ${isolate(total)} میں سے ${isolate(done)}`,
  retry: 'دوبارہ کوشش کریں',
  loadFailedTitle: 'ڈیٹا سیٹ لوڈ نہیں ہو سکا',
  fileRejectedTitle: 'ڈیٹا سیٹ پڑھا نہیں جا سکا',
  someRecordsSkipped: (skipped) =>
    plural(skipped, {
      one: `${formatCount(skipped)} ریکارڈ شامل نہیں کیا گیا`,
      other: `${formatCount(skipped)} ریکارڈ شامل نہیں کیے گئے`,
    }),
  warningsCount: (warnings) =>
    plural(warnings, {
      one: `${formatCount(warnings)} انتباہ`,
      other: `${formatCount(warnings)} انتباہات`,
    }),
  problemEvent: (index, id) =>
    id ? `واقعہ نمبر ${formatCount(index)} (’${isolate(id)}‘)` : `واقعہ نمبر ${formatCount(index)}`,
  problemsIntro: 'باقی تمام واقعات دکھائے گئے ہیں۔ مسائل یہ تھے:',
  showProblems: 'تفصیلات دکھائیں',
  badDataParam: (value) =>
    `ڈیٹا سیٹ کا پتہ ’${isolate(value)}‘ قابلِ قبول نہیں (صرف http، https یا نسبتی راستہ)؛ اس کی جگہ طے شدہ ڈیٹا سیٹ دکھایا جا رہا ہے۔`,
  badWindowParam: (value) =>
    `وقت کا دورانیہ ’${isolate(value)}‘ درست نہیں؛ اس کی جگہ پوری ٹائم لائن دکھائی جا رہی ہے۔`,
  unknownEvent: (id) => `شناخت ’${isolate(id)}‘ والا کوئی واقعہ موجود نہیں۔`,
  dismiss: 'پیغام بند کریں',

  timeline: 'ٹائم لائن',
  timelineHelp:
    'واقعات کے درمیان آگے پیچھے جانے کے لیے بائیں اور دائیں تیر والی کلیدیں، زوم کے لیے + اور −، پہلے اور آخری واقعے کے لیے Home اور End، اور کھولنے کے لیے Enter دبائیں۔',
  zoomIn: 'زوم اِن کریں',
  zoomOut: 'زوم آؤٹ کریں',
  showAll: 'سب دکھائیں',
  visibleWindow: (from, to) => `${isolate(from)} سے ${isolate(to)} تک دکھایا جا رہا ہے`,
  clusterName: (counted, when) =>
    `${isolate(counted)} ${eventsWord(countOf(counted))}، ${isolate(when)}`,
  noEventsInView: 'ٹائم لائن کے اس حصے میں کوئی واقعہ نہیں۔',
  axisLabel: 'وقت کا محور',
  eventTypeLegend: 'واقعات کی اقسام',
  cooperative: 'تعاون',
  conflictual: 'تنازع',
  neutral: 'دیگر یا غیر متعین',

  details: 'واقعے کی تفصیلات',
  close: 'بند کریں',
  closeDetails: 'تفصیلات بند کریں',
  when: 'کب',
  where: 'کہاں',
  virtual: 'ورچوئل',
  type: 'قسم',
  tags: 'ٹیگز',
  summary: 'خلاصہ',
  participants: 'شرکا',
  statements: 'بیانات',
  outcomes: 'نتائج',
  sources: 'ذرائع',
  series: 'سلسلہ',
  seriesNumber: (name, number) =>
    number === undefined ? isolate(name) : `${isolate(name)}، اجلاس نمبر ${formatCount(number)}`,
  previousInSeries: (title) => `پچھلا: ${isolate(title)}`,
  nextInSeries: (title) => `اگلا: ${isolate(title)}`,
  related: 'متعلقہ واقعات',
  verification: 'تصدیق',
  joint: 'مشترکہ',
  otherParties: 'دیگر فریق',
  noParty: 'فریق درج نہیں',
  statementKind: {
    quote: 'اقتباس',
    paraphrase: 'بالواسطہ بیان',
    joint: 'مشترکہ بیان',
  },
  sourceLabel: 'ماخذ',
  noSources: 'اس واقعے کا کوئی ماخذ درج نہیں۔',
  opensInNewTab: '(نئے ٹیب میں کھلتا ہے)',
  unknownSource: (id) => `ماخذ ’${isolate(id)}‘ (ڈیٹا سیٹ کی فہرستِ ذرائع میں موجود نہیں)`,
  published: (date) => `اشاعت: ${isolate(date)}`,
  verificationStatus: {
    verified: 'تصدیق شدہ',
    'single-source': 'واحد ماخذ',
    unverified: 'غیر مصدقہ',
    disputed: 'متنازع',
  },
  verificationHelp: {
    verified: 'کم از کم ایک معتبر ماخذ سے جانچا گیا ہے۔',
    'single-source': 'صرف ایک ماخذ پر مبنی ہے۔',
    unverified:
      'اس ڈیٹا سیٹ کے لیے دیکھے گئے کسی ماخذ سے اس کی تصدیق نہیں ہوئی: احتیاط سے کام لیں۔',
    disputed: 'ذرائع میں اختلاف ہے؛ نوٹ دیکھیں۔',
  },
  relationType: {
    follows: 'بعد از',
    precedes: 'قبل از',
    'part-of': 'جزوِ',
    'has-part': 'مشتمل بر',
    'response-to': 'بجواب',
    response: 'ردِعمل',
    'same-series': 'اسی سلسلے کا',
  },
  ploverType: {
    AGREE: 'معاہدہ',
    CONSULT: 'مشاورت',
    SUPPORT: 'حمایت',
    CONCEDE: 'رعایت',
    COOPERATE: 'تعاون',
    AID: 'امداد',
    RETREAT: 'پسپائی',
    REQUEST: 'درخواست',
    ACCUSE: 'الزام',
    REJECT: 'انکار',
    THREATEN: 'دھمکی',
    PROTEST: 'احتجاج',
    SANCTION: 'پابندی',
    MOBILIZE: 'صف آرائی',
    COERCE: 'جبر',
    ASSAULT: 'حملہ',
  },
  untyped: 'غیر متعین',

  opened: (title, date) => `کھولا گیا: ${isolate(title)}، ${isolate(date)}`,
  aboutDataset: 'اس ڈیٹا سیٹ کے بارے میں',
  eventCount: (counted) => `${isolate(counted)} ${eventsWord(countOf(counted))}`,
  datasetSpan: (from, to) => `${isolate(from)} سے ${isolate(to)} تک`,
  pickAnEvent:
    'ٹائم لائن پر کوئی واقعہ منتخب کریں اور دیکھیں کہ اس میں کس نے شرکت کی، ہر فریق نے کیا کہا اور اس کے ذرائع کیا ہیں۔',
  attribution: (sources) => `ڈیٹا: ${isolate(sources)}`,
  builtWith: 'Bilateral: دو طرفہ تعلقات کی ٹائم لائن',
  emptyDataset: 'اس ڈیٹا سیٹ میں دکھانے کے لیے کوئی واقعہ نہیں۔',
  renderFailed: 'یہ منظر بناتے ہوئے کوئی خرابی پیش آ گئی۔',
  reload: 'دوبارہ شروع کریں',
  searchEvents: 'واقعات تلاش کریں',
  searchPlaceholder: 'واقعات، شخصیات، مقامات تلاش کریں…',
  searchHint: 'لکھتے ہی نتائج بدلتے جاتے ہیں۔',
  matchCount: (matching, total) =>
    `${isolate(total)} میں سے ${isolate(matching)} ${eventsWord(countOf(matching))}`,
  filters: 'فلٹرز',
  filtersActive: (active) => `فلٹرز (${formatCount(active)})`,
  clearAll: 'سب صاف کریں',
  facetName: {
    type: 'قسم',
    party: 'فریق (شریک یا بیان دینے والا)',
    host: 'میزبان ملک',
    tag: 'ٹیگ',
    series: 'سلسلہ',
    status: 'تصدیق',
    era: 'دور',
  },
  notGiven: 'درج نہیں',
  years: 'سال',
  fromYear: 'آغاز کا سال',
  toYear: 'اختتام کا سال',
  lanes: 'قطاریں',
  laneOne: 'ایک قطار',
  laneHost: 'میزبان ملک کے لحاظ سے',
  laneType: 'قسم کے لحاظ سے',
  laneSeries: 'سلسلے کے لحاظ سے',
  hostedBy: (name) => `${isolate(name)} میں`,
  placeNotGiven: 'مقام درج نہیں',
  notInSeries: 'کسی سلسلے کا حصہ نہیں',
  otherGroup: 'دیگر',
  listTab: 'فہرست',
  eventsList: 'واقعات',
  followList: 'ٹائم لائن فہرست کے ساتھ ساتھ چلے',
  noMatches: 'کوئی واقعہ نہیں ملا۔ کم فلٹر لگائیں یا کچھ اور تلاش کریں۔',
  overviewWindow: (period) =>
    `نظر آنے والا دورانیہ: ${isolate(period)}۔ تیر والی کلیدوں سے اسے آگے پیچھے کریں۔`,
  overviewStart: 'نظر آنے والے دورانیے کا آغاز',
  overviewEnd: 'نظر آنے والے دورانیے کا اختتام',
  copyLink: 'لنک کاپی کریں',
  cite: 'حوالہ دیں',
  copyCitation: 'حوالہ کاپی کریں',
  copyBibtex: 'BibTeX کاپی کریں',
  linkCopied: 'لنک کلپ بورڈ پر کاپی ہو گیا۔',
  citationCopied: 'حوالہ کلپ بورڈ پر کاپی ہو گیا۔',
  bibtexCopied: 'BibTeX کلپ بورڈ پر کاپی ہو گیا۔',
  copyFailed: 'کاپی نہیں ہو سکا: متن منتخب کر کے خود کاپی کریں۔',
  download: 'ڈاؤن لوڈ',
  downloadAs: (counted, format) =>
    `فلٹر کے مطابق ${isolate(counted)} ${eventsWord(countOf(counted))} ${isolate(format)} فائل کی صورت میں ڈاؤن لوڈ کریں`,
  moreBySpeaker: (speaker) => `${isolate(speaker)} کے مزید بیانات`,
  skipToTimeline: 'ٹائم لائن پر واقعات تک براہِ راست جائیں',
  language: 'زبان',
  theme: 'تھیم',
  themeAuto: 'خودکار',
  themeLight: 'روشن',
  themeDark: 'تاریک',
  themeContrast: 'ہائی کنٹراسٹ',
  menu: 'مینو',
  ...urModes,
  ...urStories,
  ...urFiles,
};
