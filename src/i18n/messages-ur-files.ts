import type { enFiles } from './messages-en-files';
import { isolate } from './urdu-text';

// Urdu strings of opening a dataset file from this device; spread into `ur`. Format names are
// Latin text, isolated from the right-to-left sentence as everywhere in this catalogue.
export const urFiles: typeof enFiles = {
  openFile: 'فائل کھولیں',
  openFileDescription: `اس آلے سے ڈیٹاسیٹ کھولیں: ${isolate('bilateral-events')} یا ${isolate('TimelineJS')} کی ${isolate('JSON')} فائل، ${isolate('CSV')} میں محفوظ کی گئی اسپریڈشیٹ، یا ${isolate('GDELT')} ایکسپورٹ۔ فائل اسی براؤزر میں پڑھی جاتی ہے؛ کچھ بھی اپ لوڈ نہیں ہوتا۔`,
  dropFileHere:
    'فائل کھولنے کے لیے اسے یہاں چھوڑیں۔ یہ اسی براؤزر میں پڑھی جاتی ہے؛ کچھ بھی اپ لوڈ نہیں ہوتا۔',
  localFileNoLink: `یہ ڈیٹاسیٹ اس آلے کی ایک فائل سے کھولا گیا ہے، اس لیے کوئی لنک اسے دوسروں کے لیے نہیں کھول سکتا۔ اسے شیئر کرنے کے لیے فائل کسی ویب سرور پر شائع کریں اور اس کا پتہ ${isolate('?data=')} کے ساتھ دیں۔`,
};
