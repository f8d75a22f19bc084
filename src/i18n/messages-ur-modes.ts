import type { enModes } from './messages-en-modes';
import { countOf, eventsWord, formatCount, isolate, plural } from './urdu-text';

// Urdu strings of the embed, presenter, export and print features; spread into `ur`. The same
// conventions as messages-ur.ts: values that may be Latin text or numbers are isolated, plural
// forms come from Intl.PluralRules.
export const urModes: typeof enModes = {
  // The view menu
  viewActions: 'منظر کے اختیارات',
  present: 'پیش کریں',
  embed: 'ایمبیڈ کریں',
  exportImage: 'تصویر ایکسپورٹ کریں',

  // Embed
  openFullView: 'مکمل منظر کھولیں',
  embedDialogTitle: 'یہ منظر ایمبیڈ کریں',
  embedIntro:
    'یہ کوڈ کسی ویب صفحے میں چسپاں کریں۔ اس میں یہی منظر دکھائی دے گا: وہی دورانیہ، فلٹر، کھلا ہوا واقعہ، تھیم اور زبان۔ یہ کسی دوسری ویب سائٹ سے کوئی درخواست نہیں کرتا۔',
  embedCode: 'ایمبیڈ کوڈ',
  embedAutoResize:
    'فریم کی اونچائی مواد کے مطابق خود بدلے (اس کے لیے اسی سائٹ کا ایک چھوٹا اسکرپٹ شامل ہو گا)',
  embedHeight: 'اونچائی، پکسل میں (جب تک مواد اپنی اونچائی خود نہ بتائے)',
  copyCode: 'کوڈ کاپی کریں',
  codeCopied: 'کوڈ کلپ بورڈ پر کاپی ہو گیا۔',
  previewEmbed: 'ایمبیڈ کا پیش منظر دیکھیں',
  embedFrameTitle: (title) => `${isolate(title)}: انٹرایکٹو ٹائم لائن`,

  // Presenter
  presenterLabel: 'پریزنٹیشن',
  presentStatus: (current, total) => `${isolate(total)} میں سے ${isolate(current)}`,
  presentAnnouncement: (title, date) => `${isolate(title)}، ${isolate(date)}`,
  previousEvent: 'پچھلا',
  nextEvent: 'اگلا',
  previousEventName: 'پچھلا واقعہ',
  nextEventName: 'اگلا واقعہ',
  fullScreen: 'پوری اسکرین',
  exitFullScreen: 'پوری اسکرین سے باہر آئیں',
  blackout: 'اسکرین سیاہ کریں',
  leavePresenter: 'باہر نکلیں',
  leavePresenterName: 'پریزنٹیشن موڈ سے باہر نکلیں',
  presenterKeys:
    'کلیدیں: اگلے واقعے کے لیے دائیں یا نیچے والا تیر، Page Down یا Space؛ پچھلے کے لیے بائیں یا اوپر والا تیر یا Page Up؛ پہلے اور آخری کے لیے Home اور End؛ اسکرین سیاہ کرنے کے لیے B؛ پوری اسکرین کے لیے F؛ باہر نکلنے کے لیے Escape۔',
  screenBlanked:
    'اسکرین سیاہ ہے۔ واقعہ دوبارہ دکھانے کے لیے B یا آگے پیچھے جانے والی کوئی کلید دبائیں۔',
  presentNoMatches: 'موجودہ فلٹرز کے مطابق کوئی واقعہ نہیں۔',
  keyStatements: 'اہم بیانات',
  mainSource: 'بنیادی ماخذ',
  positionAmongEvents: 'دکھائے گئے واقعات میں اس واقعے کا مقام',
  moreStatements: (count) =>
    plural(count, {
      one: `مکمل منظر میں ${formatCount(count)} مزید بیان`,
      other: `مکمل منظر میں ${formatCount(count)} مزید بیانات`,
    }),

  // Export
  exportDialogTitle: 'ٹائم لائن کی تصویر ایکسپورٹ کریں',
  exportIntro: (period, count) =>
    `${isolate(period)} کی ٹائم لائن، فلٹر کے مطابق ${isolate(count)} ${eventsWord(countOf(count))}، واقعات کی اقسام کی علامتوں اور ماخذ کے حوالے کے ساتھ۔`,
  downloadPng: 'PNG ڈاؤن لوڈ کریں',
  downloadSvg: 'SVG ڈاؤن لوڈ کریں',
  exporting: 'تصویر بنائی جا رہی ہے…',
  exported: (fileName) => `فائل ${isolate(fileName)} محفوظ ہو گئی۔`,
  exportFailed: 'تصویر نہیں بن سکی۔ دوسرا فارمیٹ آزمائیں۔',
  exportEventCount: (count) => `${isolate(count)} ${eventsWord(countOf(count))}`,
  // A badge on a crowded spot: the plus sign stays on the left of the number, as in English.
  moreEventsHere: (count) => isolate(`+${count}`),

  // The timeline's text description
  viewDescription: (d) => {
    if (d.totalCount === 0) return 'کوئی واقعہ نہیں۔';
    const events = (count: number, text: string) =>
      count === 0 ? 'کوئی واقعہ نہیں' : `${isolate(text)} ${eventsWord(count)}`;
    const years = (from: string, to: string) =>
      from === to ? `${isolate(from)} میں` : `${isolate(from)} سے ${isolate(to)} تک`;
    return [
      `${events(d.totalCount, d.total)}، ${years(d.first, d.last)}`,
      d.showsAll
        ? undefined
        : `منظر میں: ${years(d.viewFrom, d.viewTo)}، ${events(d.inViewCount, d.inView)}`,
      d.busiest === undefined ? undefined : `سب سے زیادہ واقعات کا سال ${isolate(d.busiest)}`,
    ]
      .filter((part) => part !== undefined)
      .join('؛ ')
      .concat('۔');
  },

  accessibilityStatement: 'رسائی کا بیان (انگریزی میں)',

  // Print
  printListTitle: (count) => `اس منظر کے واقعات (${isolate(count)})`,
  printedFrom: (address) => `${isolate(address)} سے پرنٹ کیا گیا`,
  printSources: 'ذرائع:',
};
