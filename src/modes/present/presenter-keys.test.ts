import { describe, expect, it } from 'vitest';
import { applyCommand, type KeyPress, presenterCommand } from './presenter-keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});

describe('presenterCommand', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['.', 'blackout'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'leave'],
    ['F5', 'swallow'],
    ['x', undefined],
    ['Enter', undefined],
  ])('%j → %s', (key, command) => expect(presenterCommand(press(key))).toBe(command));

  it('Shift+Space goes back', () =>
    expect(presenterCommand(press(' ', { shiftKey: true }))).toBe('previous'));

  it('leaves browser shortcuts alone, but never lets F5 reload', () => {
    expect(presenterCommand(press('f', { ctrlKey: true }))).toBeUndefined();
    expect(presenterCommand(press('ArrowLeft', { altKey: true }))).toBeUndefined();
    expect(presenterCommand(press('b', { metaKey: true }))).toBeUndefined();
    expect(presenterCommand(press('F5', { shiftKey: true }))).toBe('swallow');
    expect(presenterCommand(press('F5', { ctrlKey: true }))).toBe('swallow');
  });
});

describe('applyCommand', () => {
  const at = (index: number, blackout = false) => ({ index, blackout });

  it.each([
    [at(0), 'next', 5, at(1)],
    [at(4), 'next', 5, at(4)],
    [at(2), 'previous', 5, at(1)],
    [at(0), 'previous', 5, at(0)],
    [at(3), 'first', 5, at(0)],
    [at(1), 'last', 5, at(4)],
    [at(0), 'last', 0, at(0)],
    [at(2), 'blackout', 5, at(2, true)],
    [at(2, true), 'blackout', 5, at(2)],
    [at(2, true), 'next', 5, at(2)],
    [at(2, true), 'previous', 5, at(2)],
    [at(2, true), 'last', 5, at(2)],
    [at(2, true), 'fullscreen', 5, at(2, true)],
    [at(2), 'swallow', 5, at(2)],
  ] as const)('%j + %s of %d → %j', (state, command, count, expected) =>
    expect(applyCommand(state, command, count)).toEqual(expected),
  );
});

describe('presenterCommand, right to left', () => {
  it('goes on with Left and back with Right, as time runs leftwards; other keys keep their meaning', () => {
    expect(presenterCommand(press('ArrowLeft'), 'rtl')).toBe('next');
    expect(presenterCommand(press('ArrowRight'), 'rtl')).toBe('previous');
    expect(presenterCommand(press('ArrowDown'), 'rtl')).toBe('next');
    expect(presenterCommand(press('PageUp'), 'rtl')).toBe('previous');
    expect(presenterCommand(press('ArrowLeft', { altKey: true }), 'rtl')).toBeUndefined();
  });
});
