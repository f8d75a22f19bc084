import { useEffect, useState } from 'react';
import { summariseView } from '../domain/summarise-view';
import type { TimeWindow } from '../domain/time-window';
import { describeView } from '../i18n/describe-view';
import { useI18n } from '../i18n/i18n-context';

/** How long the view must rest before its description changes (and is announced). */
export const DESCRIPTION_SETTLE_MS = 800;

interface ViewDescriptionProps {
  readonly id: string;
  /** The events drawn, by their start times in time order. */
  readonly startsMs: ArrayLike<number>;
  readonly window: TimeWindow;
}

/**
 * A short text description of the view for people who cannot see it ("80 events from 1950 to
 * 2025; in view: 2012 to 2025, 42 events; busiest year 2024"): the timeline's accessible
 * description. It follows the view once the view rests, and is announced politely then, not at
 * every frame of a pan or zoom.
 */
export function ViewDescription({ id, startsMs, window: view }: ViewDescriptionProps) {
  const { locale, messages } = useI18n();
  const summary = () => describeView(summariseView(startsMs, view), locale, messages);
  const [shown, setShown] = useState(summary);
  // Counted only once the view rests: a pan at frame rate does not count 100,000 events a frame.
  // biome-ignore lint/correctness/useExhaustiveDependencies: summary reads exactly these.
  useEffect(() => {
    const timer = setTimeout(() => setShown(summary()), DESCRIPTION_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [startsMs, view, locale, messages]);
  return (
    <p id={id} className="visually-hidden" aria-live="polite">
      {shown}
    </p>
  );
}
