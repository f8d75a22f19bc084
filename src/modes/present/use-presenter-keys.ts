import { useLayoutEffect, useRef } from 'react';
import { type PresenterCommand, presenterCommand } from './presenter-keys';

/**
 * The clicker's keys, anywhere on the page, run `run`. The listener is there from the commit
 * that shows the first slide (a layout effect, not a passive one: a presenter who presses a key
 * the moment the slide appears, before the page's passive effects have run, must not lose it),
 * and it reads the latest `run` and the page's `direction` when a key is pressed, so the page
 * turning right to left as its catalogue arrives applies to the very next key.
 */
export function usePresenterKeys(
  run: (command: PresenterCommand) => void,
  direction: 'ltr' | 'rtl',
): void {
  const latest = useRef({ run, direction });
  useLayoutEffect(() => {
    latest.current = { run, direction };
  });
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = presenterCommand(event, latest.current.direction);
      if (!command) return;
      // A focused button keeps its own Space (a person who tabbed to "Previous" means it).
      if (command === 'next' && event.key === ' ' && isControl(event.target)) return;
      event.preventDefault();
      latest.current.run(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function isControl(target: EventTarget | null): target is HTMLElement {
  return (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}
