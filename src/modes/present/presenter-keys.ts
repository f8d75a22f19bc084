// What each key does in presenter mode: the keys a presentation clicker sends (Page Up/Down,
// sometimes F5, Escape and B or "."), and the ones a keyboard user expects.

export type PresenterCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blackout'
  | 'fullscreen'
  | 'leave'
  // Taken from the browser and ignored: F5 would reload the page in the middle of a briefing.
  | 'swallow';

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/**
 * `direction`: the page's. Right to left (Urdu), time and the slides run leftwards, as the
 * buttons' arrows show, so Left goes on and Right goes back; Up, Down and the clicker's Page
 * keys keep their meaning.
 */
export function presenterCommand(
  press: KeyPress,
  direction: 'ltr' | 'rtl' = 'ltr',
): PresenterCommand | undefined {
  if (press.key === 'F5') return 'swallow';
  // Browser and system shortcuts (Ctrl+F, Alt+Left…) keep their meaning.
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const key =
    direction === 'rtl' && press.key === 'ArrowLeft'
      ? 'ArrowRight'
      : direction === 'rtl' && press.key === 'ArrowRight'
        ? 'ArrowLeft'
        : press.key;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return press.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blackout';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'leave';
    default:
      return undefined;
  }
}

export interface SlideState {
  readonly index: number;
  readonly blackout: boolean;
}

/**
 * The slide shown after a command, among `count` slides. While the screen is blank, a step key
 * only brings the slide back (the audience sees where it was, not a jump); B toggles.
 */
export function applyCommand(
  state: SlideState,
  command: PresenterCommand,
  count: number,
): SlideState {
  const last = Math.max(0, count - 1);
  const isStep =
    command === 'next' || command === 'previous' || command === 'first' || command === 'last';
  if (state.blackout && isStep) return { ...state, blackout: false };
  switch (command) {
    case 'next':
      return { ...state, index: Math.min(last, state.index + 1) };
    case 'previous':
      return { ...state, index: Math.max(0, state.index - 1) };
    case 'first':
      return { ...state, index: 0 };
    case 'last':
      return { ...state, index: last };
    case 'blackout':
      return { ...state, blackout: !state.blackout };
    case 'fullscreen':
    case 'leave':
    case 'swallow':
      return state;
  }
}
