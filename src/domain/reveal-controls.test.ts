import { describe, expect, it } from 'vitest';
import { revealControls } from './reveal-controls';

describe('revealControls', () => {
  it('shows bidirectional controls as code points', () => {
    expect(revealControls('"\u202E12-10-4202" is not a date')).toBe(
      '"⟨U+202E⟩12-10-4202" is not a date',
    );
    expect(revealControls('a\u2066b\u2069c\u200Fd')).toBe('a⟨U+2066⟩b⟨U+2069⟩c⟨U+200F⟩d');
  });

  it('leaves other text, right-to-left scripts included, as it is', () => {
    for (const text of ['events[3].date', 'پاکستان', '中国', 'Café', '']) {
      expect(revealControls(text)).toBe(text);
    }
  });
});
