import type { enStories } from './messages-en-stories';
import { countOf, isolate, plural } from './urdu-text';

// Urdu strings of stories, eras and media; spread into `ur`. Values that may be Latin text or
// numbers are isolated, as in messages-ur.ts.
export const urStories: typeof enStories = {
  stories: 'کہانیاں',
  storiesIntro: 'اس ڈیٹا سیٹ کے رہنما دورے',
  storySteps: (count: string) =>
    `${isolate(count)} ${plural(countOf(count), { one: 'مرحلہ', other: 'مراحل' })}`,
  storyLabel: 'کہانی',
  storyStep: (current: string, total: string) => `مرحلہ ${isolate(current)} از ${isolate(total)}`,
  previousStep: 'پچھلا',
  nextStep: 'اگلا',
  previousStepName: 'پچھلا مرحلہ',
  nextStepName: 'اگلا مرحلہ',
  closeStory: 'کہانی بند کریں',
  pauseStory: 'روکیں',
  playStory: 'چلائیں',
  pauseStoryName: 'کہانی روکیں',
  playStoryName: 'کہانی چلائیں',
  storyAnnouncement: (step: string, caption: string, title: string) =>
    [step, caption, title]
      .filter(Boolean)
      .map((part) => isolate(part))
      .join('۔ '),
  copyStepLink: 'اس مرحلے کا لنک کاپی کریں',
  unknownStory: (id: string) => `اس ڈیٹا سیٹ میں کہانی ’${isolate(id)}‘ موجود نہیں۔`,
  storyPresenterKeys:
    'کلیدیں: اگلے مرحلے کے لیے دایاں، نیچے، Page Down یا Space؛ پچھلے کے لیے بایاں، اوپر یا Page Up؛ پہلے اور آخری کے لیے Home اور End؛ روکنے یا چلانے کے لیے K؛ اسکرین سیاہ کرنے کے لیے B؛ پوری اسکرین کے لیے F؛ باہر نکلنے کے لیے Escape۔',
  storyWindowOnly: 'کوئی ایک واقعہ نہیں: ٹائم لائن یہ مدت دکھاتی ہے۔',

  showEras: 'ادوار دکھائیں',
  during: 'دوران',

  media: 'میڈیا',
  mediaCredit: (credit: string) => `بشکریہ: ${isolate(credit)}`,
  mediaLink: {
    image: 'تصویر',
    audio: 'آواز',
    video: 'ویڈیو',
    link: 'لنک',
  },
  mediaElsewhere: 'دوسری سائٹ پر کھلتا ہے',
};
