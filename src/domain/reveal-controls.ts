// Text quoted in a message (a date, an id, a dataset address) comes from someone else. A
// bidirectional control in it (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) would reorder the rest
// of the message on screen, so that a field path or a line number reads backwards. Messages show
// such characters as their code points instead.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function revealControls(text: string): string {
  return text.replace(
    BIDI_CONTROLS,
    (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
