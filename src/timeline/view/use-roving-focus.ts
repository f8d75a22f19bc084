import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * The keyboard's place on the timeline: an event id, not a position, since a search or a filter
 * replaces the events. Focus follows it once its mark is drawn, and if the focused mark leaves
 * the view (a filter, a zoom) focus moves to the events' tab stop rather than falling to the page.
 */
export function useRovingFocus(
  marksRef: RefObject<HTMLElement | null>,
  selectedId: string | undefined,
) {
  const [activeId, setActiveId] = useState<string | undefined>(selectedId);
  const focusPending = useRef(false);
  const focusInside = useRef(false);

  // Opening an event from elsewhere (a deep link, the list, a series link) moves the keyboard there too.
  useEffect(() => {
    if (selectedId !== undefined) setActiveId(selectedId);
  }, [selectedId]);

  useLayoutEffect(() => {
    const marks = marksRef.current;
    if (!focusInside.current || !marks || marks.contains(document.activeElement)) return;
    if (document.activeElement && document.activeElement !== document.body) {
      focusInside.current = false;
      return;
    }
    marks.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
  });

  useLayoutEffect(() => {
    if (!focusPending.current || activeId === undefined) return;
    const button = marksRef.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(activeId)}"]`,
    );
    if (button) {
      focusPending.current = false;
      // Never scroll the page (or a host page around an embed) to reach the focus.
      button.focus({ preventScroll: true });
    }
  });

  /** Moves the keyboard to an event and focuses its mark once drawn. */
  const focusEvent = useCallback((id: string) => {
    focusPending.current = true;
    setActiveId(id);
  }, []);
  /** An event's mark got focus (a click, Tab). */
  const onEventFocused = useCallback((id: string) => setActiveId(id), []);
  const onFocus = useCallback(() => {
    focusInside.current = true;
  }, []);
  const onBlur = useCallback((event: { relatedTarget: EventTarget | null }) => {
    if (event.relatedTarget) focusInside.current = false;
  }, []);

  return { activeId, focusEvent, onEventFocused, onFocus, onBlur };
}
