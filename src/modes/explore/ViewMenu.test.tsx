// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEADER_COLLAPSES, ViewMenu } from './ViewMenu';

/** A window as wide as `widthPx`, as far as HEADER_COLLAPSES is concerned. */
function windowOfWidth(widthPx: number) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === HEADER_COLLAPSES && widthPx < 1200,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

const HEADER_CONTROLS = [
  ['combobox', 'Language'],
  ['combobox', 'Theme'],
  ['button', 'Present'],
  ['button', 'Embed'],
  ['button', 'Export image'],
] as const;

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the header controls on a wide window', () => {
  it('are all in view, with no Menu button', () => {
    windowOfWidth(1280);
    render(<ViewMenu />);
    expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull();
    for (const [role, name] of HEADER_CONTROLS)
      expect(screen.getByRole(role, { name })).toBeTruthy();
  });
});

describe('the header controls on a narrow window', () => {
  beforeEach(() => windowOfWidth(360));

  it('fold under one Menu button that shows them when pressed', async () => {
    const user = userEvent.setup();
    render(<ViewMenu />);
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    for (const [role, name] of HEADER_CONTROLS)
      expect(screen.queryByRole(role, { name })).toBeNull();
    await user.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    for (const [role, name] of HEADER_CONTROLS)
      expect(screen.getByRole(role, { name })).toBeTruthy();
  });

  it('close on Escape from inside, handing focus back to the Menu button', async () => {
    const user = userEvent.setup();
    const outside = vi.fn();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && outside();
    document.addEventListener('keydown', onKey);
    render(<ViewMenu />);
    const menu = screen.getByRole('button', { name: 'Menu' });
    await user.click(menu);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Language' }));
    await user.keyboard('{Escape}');
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
    // The page's own Escape (closing an event's details) does not also fire.
    expect(outside).not.toHaveBeenCalled();
    document.removeEventListener('keydown', onKey);
  });

  it('close on a press outside them, and when focus tabs out past the last control', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ViewMenu />
        <button type="button">Elsewhere</button>
      </>,
    );
    const menu = screen.getByRole('button', { name: 'Menu' });
    await user.click(menu);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(menu.getAttribute('aria-expanded')).toBe('false');

    await user.click(menu);
    screen.getByRole('button', { name: 'Export image' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('keep the theme chosen in them in the URL', async () => {
    const user = userEvent.setup();
    render(<ViewMenu />);
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(new URLSearchParams(window.location.search).get('theme')).toBe('dark');
  });
});
