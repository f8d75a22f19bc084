// Helpers shared by the Urdu catalogues (messages-ur.ts, messages-ur-modes.ts). Kept in their own
// module so that neither catalogue imports the other (which would be an import cycle).

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Lays `text` out by its own first strong character without disturbing the right-to-left
 * sentence around it, so "کھولا گیا: <English title>، 21 جنوری، 2024" keeps its order. Wrap every
 * value put into an Urdu sentence that may be Latin text or numbers: titles, names, ids, dates,
 * counts.
 */
export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

const pluralRules = new Intl.PluralRules('ur-PK');
const numberFormat = new Intl.NumberFormat('ur-PK');

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {
  readonly other: string;
};

/** The form for this count by the CLDR plural rules for Urdu (one, other). */
export function plural(count: number, forms: PluralForms): string {
  return forms[pluralRules.select(count)] ?? forms.other;
}

/**
 * The number in a count that arrives already formatted ("1", "1,204", "۱٬۲۰۴"), to choose a
 * plural form by; a count that cannot be read is NaN, which takes the "other" form.
 */
export function countOf(text: string): number {
  const western = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) =>
    String((digit.codePointAt(0) ?? 0) & 0xf),
  );
  const digits = western.replace(/[^\d.]/gu, '');
  return digits === '' ? Number.NaN : Number(digits);
}

/** A count given as a number, in Urdu number format, isolated. */
export function formatCount(value: number): string {
  return isolate(numberFormat.format(value));
}

/** "واقعہ" or "واقعات", agreeing with the count. */
export function eventsWord(count: number): string {
  return plural(count, { one: 'واقعہ', other: 'واقعات' });
}
