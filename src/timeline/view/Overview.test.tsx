// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEvent } from '../../domain/test-event';
import type { TimeWindow } from '../../domain/time-window';
import { I18nProvider } from '../../i18n/i18n-context';
import { en } from '../../i18n/messages-en';
import { ur } from '../../i18n/messages-ur';
import type { Language } from '../../state/url-state';
import { fakeLayout } from '../../testing/jsdom-layout';
import { buildEventIndex } from '../model/event-index';
import { Overview } from './Overview';

// The overview's brush, by role and name: it moves the window through the same time scale.

fakeLayout(1000, 44);
vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

const index = buildEventIndex([
  testEvent('a', '2001-06-01'),
  testEvent('b', '2010-06-01'),
  testEvent('c', '2019-06-01'),
]);
const span = { startMs: Date.UTC(2000, 0, 1), endMs: Date.UTC(2020, 0, 1) };
const start = { startMs: Date.UTC(2008, 0, 1), endMs: Date.UTC(2012, 0, 1) };
const YEAR = 365.2425 * 86_400_000;

function Harness({
  locale = 'en',
  onWindow,
}: {
  locale?: Language;
  onWindow: (w: TimeWindow) => void;
}) {
  const [window, setWindow] = useState(start);
  return (
    <I18nProvider value={{ locale, messages: locale === 'ur' ? ur : en }}>
      <Overview
        all={index}
        matching={index}
        span={span}
        window={window}
        onWindowChange={(next) => {
          onWindow(next);
          setWindow(next);
        }}
      />
    </I18nProvider>
  );
}

describe('Overview brush', () => {
  it('moves the visible period later with the right arrow, by a fiftieth of the span', async () => {
    const user = userEvent.setup();
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} />);
    screen.getByRole('button', { name: /^Visible period: 2008–2011/ }).focus();
    await user.keyboard('{ArrowRight}');
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    const step = (span.endMs - span.startMs) / 50;
    expect(next.startMs - start.startMs).toBeCloseTo(step, -3);
    expect(next.endMs - next.startMs).toBe(start.endMs - start.startMs);
  });

  it('moves it earlier with the right arrow on a right-to-left page (time runs leftwards)', async () => {
    const user = userEvent.setup();
    const onWindow = vi.fn();
    render(<Harness locale="ur" onWindow={onWindow} />);
    screen.getAllByRole('button')[0]!.focus();
    await user.keyboard('{ArrowRight}');
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    expect(next.startMs).toBeLessThan(start.startMs);
  });

  it('widens the period from its end slider, and reports the year it ends in', async () => {
    const user = userEvent.setup();
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} />);
    const end = screen.getByRole('slider', { name: 'End of the visible period' });
    expect(end.getAttribute('aria-valuenow')).toBe('2011');
    end.focus();
    for (let i = 0; i < 3; i++) await user.keyboard('{ArrowRight}');
    // Three steps of 0.4 years: the period now ends in March 2013.
    expect(end.getAttribute('aria-valuenow')).toBe('2013');
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    expect(next.startMs).toBe(start.startMs);
    expect(next.endMs).toBeGreaterThan(start.endMs);
  });

  it('jumps to where the strip is pressed, through the scale: three quarters across is 2015', () => {
    const onWindow = vi.fn();
    const { container } = render(<Harness onWindow={onWindow} />);
    fireEvent.pointerDown(container.querySelector('.overview')!, { clientX: 750 });
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    expect((next.startMs + next.endMs) / 2 - span.startMs).toBeCloseTo(15 * YEAR, -9);
  });

  it('jumps to the mirrored place on a right-to-left page: three quarters across is 2005', () => {
    const onWindow = vi.fn();
    const { container } = render(<Harness locale="ur" onWindow={onWindow} />);
    fireEvent.pointerDown(container.querySelector('.overview')!, { clientX: 750 });
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    expect((next.startMs + next.endMs) / 2 - span.startMs).toBeCloseTo(5 * YEAR, -9);
  });
});
