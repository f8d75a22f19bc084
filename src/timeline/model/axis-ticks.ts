import { type TimeInterval, utcDay, utcMonth, utcYear } from 'd3-time';
import { DAY_MS, type TimeWindow, YEAR_MS } from '../../domain/time-window';

// The axis relabels by the interval between ticks: decades and centuries show years, months
// show month names, days show day numbers. The unit decides the label, so labels never claim
// more precision than the spacing has.

export type TickUnit = 'year' | 'month' | 'day';

export interface TickStep {
  readonly unit: TickUnit;
  readonly step: number;
  readonly approxMs: number;
}

const STEPS: readonly TickStep[] = [
  ...[1, 2, 7, 14].map((step) => ({ unit: 'day' as const, step, approxMs: step * DAY_MS })),
  ...[1, 2, 3, 6].map((step) => ({
    unit: 'month' as const,
    step,
    approxMs: (step * YEAR_MS) / 12,
  })),
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000].map((step) => ({
    unit: 'year' as const,
    step,
    approxMs: step * YEAR_MS,
  })),
];

export function chooseTickStep(
  window: TimeWindow,
  widthPx: number,
  minSpacingPx: number,
): TickStep {
  const maxTicks = Math.max(2, Math.floor(widthPx / minSpacingPx));
  const span = window.endMs - window.startMs;
  return (
    STEPS.find((candidate) => span / candidate.approxMs <= maxTicks) ?? STEPS[STEPS.length - 1]!
  );
}

function intervalOf(step: TickStep): TimeInterval {
  switch (step.unit) {
    case 'day':
      // Day steps count from the 1st of each month, so "1, 8, 15, 22" rather than drifting.
      return step.step === 1 ? utcDay : (utcDay.every(step.step) ?? utcDay);
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

export function axisTicks(window: TimeWindow, step: TickStep): Tick[] {
  const interval = intervalOf(step);
  return interval.range(new Date(window.startMs), new Date(window.endMs)).map((date) => ({
    ms: date.getTime(),
    major:
      step.unit === 'month'
        ? date.getUTCMonth() === 0
        : step.unit === 'day'
          ? date.getUTCDate() === 1
          : date.getUTCFullYear() % (step.step * 5) === 0,
  }));
}
