import { memo } from 'react';
import { formatTickLabel } from '../../i18n/format-tick';
import { useI18n } from '../../i18n/i18n-context';
import { axisTicks } from '../model/axis-ticks';
import { layoutTickLabels } from '../model/tick-labels';
import { scaleWidthPx, type TimeScale } from '../model/time-scale';
import { AXIS_HEIGHT_PX } from './dimensions';
import { FONT_STACK, measureTextPx } from './measure-text';

interface AxisProps {
  readonly scale: TimeScale;
  readonly topPx: number;
}

const MIN_TICK_SPACING_PX = 84;
const TICK_FONT = `400 12px ${FONT_STACK}`;
const MAJOR_FONT = `700 12px ${FONT_STACK}`;

export const Axis = memo(function Axis({ scale, topPx }: AxisProps) {
  const { locale, messages } = useI18n();
  const widthPx = scaleWidthPx(scale);
  const axis = axisTicks(scale, MIN_TICK_SPACING_PX);
  const labels = layoutTickLabels(
    scale,
    axis,
    (tick) => formatTickLabel(tick.ms, axis.step, tick.major, locale, messages.dateWords),
    (text, major) => measureTextPx(text, major ? MAJOR_FONT : TICK_FONT),
  );
  return (
    <svg
      className="timeline-axis"
      width={widthPx}
      height={AXIS_HEIGHT_PX}
      style={{ top: `${topPx}px` }}
      aria-hidden="true"
    >
      <line x1={0} x2={widthPx} y1={0.5} y2={0.5} className="axis-line" />
      {labels.map((tick) => {
        const x = Math.round(tick.xPx) + 0.5;
        return (
          <g key={tick.ms} className={tick.major ? 'tick is-major' : 'tick'}>
            <line x1={x} x2={x} y1={0} y2={tick.major ? 9 : 6} />
            {tick.text !== undefined && (
              // Placed by its left edge; the label's own script decides its reading order.
              <text x={tick.startPx} y={24} direction="ltr" unicodeBidi="plaintext">
                {tick.text}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
