// Display names for the party codes importers are most likely to meet; an unknown code is shown
// as itself, which an editor can then rename in the file.
const NAMES: Readonly<Record<string, string>> = {
  AFG: 'Afghanistan',
  BGD: 'Bangladesh',
  CHN: 'China',
  DEU: 'Germany',
  FRA: 'France',
  GBR: 'United Kingdom',
  IND: 'India',
  IRN: 'Iran',
  JPN: 'Japan',
  LKA: 'Sri Lanka',
  NPL: 'Nepal',
  PAK: 'Pakistan',
  RUS: 'Russia',
  SAU: 'Saudi Arabia',
  TUR: 'Türkiye',
  USA: 'United States',
};

export function countryName(code: string): string {
  return NAMES[code] ?? code;
}
