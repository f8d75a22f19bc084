import { memo } from 'react';
import type { TimeWindow } from '../../domain/time-window';
import { formatTickLabel } from '../../i18n/format-tick';
import { useI18n } from '../../i18n/i18n-context';
import { axisTicks, chooseTickStep } from '../model/axis-ticks';
import { toPx } from '../model/layout-timeline';
import { AXIS_HEIGHT_PX } from './dimensions';

interface AxisProps {
  readonly window: TimeWindow;
  readonly widthPx: number;
  readonly topPx: number;
  readonly rtl: boolean;
}

const MIN_TICK_SPACING_PX = 84;

export const Axis = memo(function Axis({ window, widthPx, topPx, rtl }: AxisProps) {
  const { locale, messages } = useI18n();
  if (widthPx === 0) return null;
  const step = chooseTickStep(window, widthPx, MIN_TICK_SPACING_PX);
  const ticks = axisTicks(window, step);
  return (
    <svg
      className="timeline-axis"
      width={widthPx}
      height={AXIS_HEIGHT_PX}
      style={{ top: `${topPx}px` }}
      aria-hidden="true"
    >
      <line x1={0} x2={widthPx} y1={0.5} y2={0.5} className="axis-line" />
      {ticks.map((tick) => {
        const forwardPx = toPx(window, widthPx, tick.ms);
        const x = Math.round(rtl ? widthPx - forwardPx : forwardPx) + 0.5;
        return (
          <g
            key={tick.ms}
            transform={`translate(${x},0)`}
            className={tick.major ? 'tick is-major' : 'tick'}
          >
            <line y1={0} y2={tick.major ? 9 : 6} />
            <text y={24} x={rtl ? -4 : 4} textAnchor={rtl ? 'end' : 'start'}>
              {formatTickLabel(tick.ms, step, tick.major, locale, messages.dateWords)}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
