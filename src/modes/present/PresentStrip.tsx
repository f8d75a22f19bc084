import { bin } from 'd3-array';
import { memo, useMemo } from 'react';
import { type TimeWindow, windowForEvents } from '../../domain/time-window';
import type { TimelineEvent } from '../../domain/types';
import { directionOf } from '../../i18n/choose-language';
import { formatTickLabel } from '../../i18n/format-tick';
import { useI18n } from '../../i18n/i18n-context';
import { axisTicks } from '../../timeline/model/axis-ticks';
import { countHeightScale } from '../../timeline/model/count-height';
import { type TimeDirection, timeScale } from '../../timeline/model/time-scale';

interface PresentStripProps {
  /** The events being presented, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly current: TimelineEvent;
}

// Positions are percentages of the strip's width (a time scale whose range is 0–100), so it needs
// no measuring and scales with the screen. The events are counted into bins once per set of events:
// the strip stays light with 100,000 of them.
const BINS = 240;
const NOMINAL_WIDTH_PX = 1000;
const MIN_TICK_SPACING_PX = 150;

/** Where the current event sits among all the events presented. */
export function PresentStrip({ events, current }: PresentStripProps) {
  const { locale, messages } = useI18n();
  const direction = directionOf(locale);
  // The same window for every slide, so the bins below are counted once per set of events.
  const window = useMemo(() => windowForEvents(events, 0.03), [events]);
  const percent = timeScale(window, 100, direction).clamp(true);
  return (
    <div className="present-strip" role="img" aria-label={messages.positionAmongEvents}>
      <StripBins events={events} window={window} direction={direction} />
      <span className="present-strip-current" style={{ left: `${percent(current.startMs)}%` }} />
    </div>
  );
}

const StripBins = memo(function StripBins({
  events,
  window,
  direction,
}: {
  events: readonly TimelineEvent[];
  window: TimeWindow;
  direction: TimeDirection;
}) {
  const { locale, messages } = useI18n();
  const percent = useMemo(() => timeScale(window, 100, direction), [window, direction]);
  const bins = useMemo(() => {
    const step = (window.endMs - window.startMs) / BINS;
    const thresholds = Array.from({ length: BINS - 1 }, (_, i) => window.startMs + (i + 1) * step);
    return bin<TimelineEvent, number>()
      .value((event) => event.startMs)
      .domain([window.startMs, window.endMs])
      .thresholds(thresholds)(events);
  }, [events, window]);
  const height = countHeightScale(
    bins.reduce((m, b) => Math.max(m, b.length), 1),
    24,
    8,
  );
  const { step, ticks } = axisTicks(
    timeScale(window, NOMINAL_WIDTH_PX, direction),
    MIN_TICK_SPACING_PX,
  );
  return (
    <>
      <div className="present-strip-line" />
      {bins.map((slice) =>
        slice.length === 0 || slice.x0 === undefined || slice.x1 === undefined ? null : (
          <span
            key={slice.x0}
            className="present-strip-event"
            style={{
              left: `${percent((slice.x0 + slice.x1) / 2)}%`,
              height: `${height(slice.length)}px`,
            }}
          />
        ),
      )}
      {ticks.map((tick) => (
        <span
          key={tick.ms}
          className="present-strip-tick"
          style={{ left: `${Math.min(100, Math.max(0, percent(tick.ms)))}%` }}
        >
          {formatTickLabel(tick.ms, step, tick.major, locale, messages.dateWords)}
        </span>
      ))}
    </>
  );
});
