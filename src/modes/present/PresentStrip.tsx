import { memo, useMemo } from 'react';
import { type TimeWindow, windowForEvents } from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { formatTickLabel } from '../../i18n/format-tick';
import { useI18n } from '../../i18n/i18n-context';
import { axisTicks, chooseTickStep } from '../../timeline/model/axis-ticks';
import { buildEventIndex } from '../../timeline/model/event-index';
import { densityCounts, toPx } from '../../timeline/model/layout-timeline';

interface PresentStripProps {
  /** The events being presented, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly current: TimelineEvent;
}

// Positions are percentages of the strip's width, so it needs no measuring and scales with the
// screen. The events are counted into bins: the strip stays light with 100,000 of them.
const BINS = 240;
const NOMINAL_WIDTH_PX = 1000;
const MIN_TICK_SPACING_PX = 150;

/** Where the current event sits among all the events presented. */
export function PresentStrip({ events, current }: PresentStripProps) {
  const { messages } = useI18n();
  // The same window for every slide, so the bins below are counted once per set of events.
  const window = useMemo(() => windowForEvents(events, 0.03), [events]);
  const leftPercent = toPx(window, 100, current.startMs);
  return (
    <div className="present-strip" role="img" aria-label={messages.positionAmongEvents}>
      <StripBins events={events} window={window} />
      <span className="present-strip-current" style={{ left: `${clampPercent(leftPercent)}%` }} />
    </div>
  );
}

const StripBins = memo(function StripBins({
  events,
  window,
}: {
  events: readonly TimelineEvent[];
  window: TimeWindow;
}) {
  const { locale, messages } = useI18n();
  const counts = useMemo(
    () => densityCounts(buildEventIndex(events), window, BINS),
    [events, window],
  );
  const max = counts.reduce((m, c) => Math.max(m, c), 1);
  const step = chooseTickStep(window, NOMINAL_WIDTH_PX, MIN_TICK_SPACING_PX);
  const ticks = axisTicks(window, step);
  return (
    <>
      <div className="present-strip-line" />
      {[...counts].map((count, bin) =>
        count === 0 ? null : (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: bins are fixed slices of the strip
            key={bin}
            className="present-strip-event"
            style={{
              left: `${((bin + 0.5) / BINS) * 100}%`,
              height: `${8 + 16 * Math.sqrt(count / max)}px`,
            }}
          />
        ),
      )}
      {ticks.map((tick) => (
        <span
          key={tick.ms}
          className="present-strip-tick"
          style={{ left: `${clampPercent(toPx(window, 100, tick.ms))}%` }}
        >
          {formatTickLabel(tick.ms, step, tick.major, locale, messages.dateWords)}
        </span>
      ))}
    </>
  );
});

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}
