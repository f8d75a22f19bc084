import { describe, expect, it } from 'vitest';
import { readProseDate } from './prose-date';

describe('readProseDate', () => {
  it.each([
    ['March 5, 1995', '1995-03-05'],
    ['5 March 1995', '1995-03-05'],
    ['Mar 5 1995', '1995-03-05'],
    ['5th Sept. 1995', '1995-09-05'],
    ['March 1995', '1995-03'],
    ['1995', '1995'],
    ['3300 BC', '-3299'],
    ['300 B.C.E.', '-0299'],
    ['1 BC', '0000'],
    ['AD 50', '0050'],
    ['c. 1950', '1950~'],
    ['circa March 1950', '1950-03~'],
  ])('reads "%s" as %s', (input, expected) => {
    expect(readProseDate(input)).toBe(expected);
  });

  it.each([
    '03/05/1995',
    'March 5, 95',
    '95',
    'Marchy 5, 1995',
    'February 30, 1995',
    '0 BC',
    'soon',
    '',
  ])('leaves "%s" unread', (input) => {
    expect(readProseDate(input)).toBeUndefined();
  });
});
