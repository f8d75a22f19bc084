// Search is case- and diacritic-insensitive in every script: decompose, drop combining marks
// (Latin accents, Arabic-script harakat), fold case, unify Arabic/Persian letter variants.
const MARKS = /\p{M}+/gu;
const ARABIC_VARIANTS: Record<string, string> = {
  ي: 'ی',
  ى: 'ی',
  ك: 'ک',
  ە: 'ہ',
  ة: 'ہ',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'gu');

export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(VARIANT_PATTERN, (c) => ARABIC_VARIANTS[c] ?? c)
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
