import { type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { DAY_MS, YEAR_MS } from '../../domain/time-window';
import { scaleWidthPx, type TimeScale } from './time-scale';

// Ticks come from the time scale, at a d3-time interval chosen so that labels have room. Day and
// week steps count from a fixed origin (the Unix epoch; Mondays), so they stay evenly spaced
// across a month's end instead of restarting on each 1st ("29 Feb" beside "1 Mar").
// The unit decides the label, so labels never claim more precision than the spacing has.

export type TickUnit = 'year' | 'month' | 'day';

export interface TickStep {
  readonly unit: TickUnit;
  readonly step: number;
  readonly approxMs: number;
}

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6];
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];

const STEPS: readonly TickStep[] = [
  ...DAY_STEPS.map((step) => ({ unit: 'day' as const, step, approxMs: step * DAY_MS })),
  ...MONTH_STEPS.map((step) => ({ unit: 'month' as const, step, approxMs: (step * YEAR_MS) / 12 })),
  ...YEAR_STEPS.map((step) => ({ unit: 'year' as const, step, approxMs: step * YEAR_MS })),
];

export function chooseTickStep(scale: TimeScale, minSpacingPx: number): TickStep {
  const maxTicks = Math.max(2, Math.floor(scaleWidthPx(scale) / minSpacingPx));
  const [start, end] = scale.domain();
  const span = (end?.getTime() ?? 0) - (start?.getTime() ?? 0);
  return (
    STEPS.find((candidate) => span / candidate.approxMs <= maxTicks) ?? STEPS[STEPS.length - 1]!
  );
}

const fortnights = utcMonday.filter((date) => Math.floor(date.getTime() / (7 * DAY_MS)) % 2 === 0);
const everyOtherDay = utcDay.filter((date) => Math.floor(date.getTime() / DAY_MS) % 2 === 0);

export function tickInterval(step: TickStep): TimeInterval {
  switch (step.unit) {
    case 'day':
      return step.step === 1
        ? utcDay
        : step.step === 2
          ? everyOtherDay
          : step.step === 7
            ? utcMonday
            : fortnights;
    case 'month':
      return step.step === 1 ? utcMonth : (utcMonth.every(step.step) ?? utcMonth);
    case 'year':
      return step.step === 1 ? utcYear : (utcYear.every(step.step) ?? utcYear);
  }
}

export interface Tick {
  readonly ms: number;
  /** A tick that starts a larger unit (a year among months, a month among days) is labelled more fully. */
  readonly major: boolean;
}

export interface AxisTicks {
  readonly step: TickStep;
  readonly ticks: readonly Tick[];
}

export function axisTicks(scale: TimeScale, minSpacingPx: number): AxisTicks {
  const step = chooseTickStep(scale, minSpacingPx);
  const ticks = scale.ticks(tickInterval(step)).map((date) => ({
    ms: date.getTime(),
    major: isMajor(date, step),
  }));
  return { step, ticks };
}

function isMajor(date: Date, step: TickStep): boolean {
  switch (step.unit) {
    // The first tick of each month, wherever the week falls.
    case 'day':
      return date.getUTCDate() <= step.step;
    case 'month':
      return date.getUTCMonth() < step.step;
    case 'year':
      return date.getUTCFullYear() % (step.step * 5) === 0;
  }
}
