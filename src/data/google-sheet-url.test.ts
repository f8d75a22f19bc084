import { describe, expect, it } from 'vitest';
import { googleSheetCsvUrl } from './google-sheet-url';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

describe('googleSheetCsvUrl', () => {
  it.each([
    [
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vExample/pubhtml',
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vExample/pub?single=true&output=csv',
    ],
    [
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vExample/pubhtml?gid=7&single=true',
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vExample/pub?gid=7&single=true&output=csv',
    ],
    [
      `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
      `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv&gid=0`,
    ],
    [
      `https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`,
      `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv`,
    ],
  ])('rewrites %s to its CSV export', (address, expected) => {
    expect(googleSheetCsvUrl(address)).toBe(expected);
  });

  it.each([
    'https://docs.google.com/spreadsheets/d/e/2PACX-1vExample/pub?output=csv',
    'https://docs.google.com/document/d/abc/edit',
    'http://docs.google.com/spreadsheets/d/e/2PACX-1vExample/pubhtml',
    'https://example.org/spreadsheets/d/e/x/pubhtml',
    'data/china-pakistan.json',
  ])('leaves %s alone', (address) => {
    expect(googleSheetCsvUrl(address)).toBeUndefined();
  });
});
