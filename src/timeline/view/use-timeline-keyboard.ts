import { type KeyboardEvent, useCallback } from 'react';
import {
  panWindow,
  revealEvent,
  spanMs,
  type TimeWindow,
  zoomWindow,
} from '../../domain/time-window';
import type { EventIndex } from '../model/event-index';
import { scaleSign, type TimeScale } from '../model/time-scale';

interface KeyboardOptions {
  /** Every event drawn, in time order. */
  readonly index: EventIndex;
  readonly scale: TimeScale | undefined;
  /** The window wanted (not a frame of an animation towards it). */
  readonly window: TimeWindow;
  readonly onWindowChange: (window: TimeWindow) => void;
  readonly activeId: string | undefined;
  /** The first event drawn on screen in time order, where the keyboard starts. */
  readonly firstDrawnId: string | undefined;
  readonly focusEvent: (id: string) => void;
}

/**
 * The keyboard model: Left/Right move between events in time order (following the screen: on a
 * right-to-left page Left is later), Shift pans, Home/End go to the first/last event, + and −
 * zoom around the focused event. Arrows among cluster buttons move between them.
 */
export function useTimelineKeyboard({
  index,
  scale,
  window,
  onWindowChange,
  activeId,
  firstDrawnId,
  focusEvent,
}: KeyboardOptions) {
  const activePosition = activeId === undefined ? undefined : index.positionById.get(activeId);

  const moveTo = useCallback(
    (position: number) => {
      const event = index.events[position];
      if (!event) return;
      focusEvent(event.id);
      const next = revealEvent(window, event);
      if (next !== window) onWindowChange(next);
    },
    [index, window, onWindowChange, focusEvent],
  );

  const zoomBy = useCallback(
    (factor: number) => {
      const inView =
        activePosition !== undefined &&
        index.startsMs[activePosition]! < window.endMs &&
        index.endsMs[activePosition]! > window.startMs;
      const anchor = inView ? index.startsMs[activePosition] : undefined;
      onWindowChange(zoomWindow(window, factor, anchor));
    },
    [activePosition, index, window, onWindowChange],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const towardsRight = scale === undefined || scaleSign(scale) > 0;
    const key =
      event.key === 'ArrowRight'
        ? towardsRight
          ? 'later'
          : 'earlier'
        : event.key === 'ArrowLeft'
          ? towardsRight
            ? 'earlier'
            : 'later'
          : event.key;
    // On a cluster the arrows, Home and End move among clusters; + and − still zoom.
    if (
      event.target instanceof HTMLElement &&
      event.target.dataset.cluster !== undefined &&
      moveAmongClusters(event.target, key)
    ) {
      event.preventDefault();
      return;
    }
    const count = index.events.length;
    const first = firstDrawnId === undefined ? undefined : index.positionById.get(firstDrawnId);
    const current = activePosition ?? first ?? 0;
    const step = activePosition === undefined ? 0 : 1;
    let handled = true;
    switch (key) {
      case 'later':
        if (event.shiftKey) onWindowChange(panWindow(window, spanMs(window) / 4));
        else moveTo(Math.min(count - 1, current + step));
        break;
      case 'earlier':
        if (event.shiftKey) onWindowChange(panWindow(window, -spanMs(window) / 4));
        else moveTo(Math.max(0, current - step));
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(count - 1);
        break;
      case '+':
      case '=':
        zoomBy(0.5);
        break;
      case '-':
      case '_':
        zoomBy(2);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  return { onKeyDown, zoomBy };
}

// Clusters form their own tab stop; arrows move between them in time order.
function moveAmongClusters(current: HTMLElement, key: string): boolean {
  const clusters = [
    ...(current.parentElement?.querySelectorAll<HTMLElement>('[data-cluster]') ?? []),
  ];
  const at = clusters.indexOf(current);
  const targets: Record<string, HTMLElement | undefined> = {
    later: clusters[at + 1],
    earlier: clusters[at - 1],
    Home: clusters[0],
    End: clusters.at(-1),
  };
  if (!(key in targets)) return false;
  const target = targets[key];
  if (target) {
    current.tabIndex = -1;
    target.tabIndex = 0;
    target.focus({ preventScroll: true });
  }
  return true;
}
