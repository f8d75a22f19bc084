// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
import { Timeline } from './Timeline';

// The keyboard model and the windows the timeline reports, driven by role and name.

fakeLayout(1000, 400);
// user-event and d3's timers are slow on a busy machine; the assertions are not about time.
vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

const events = [
  testEvent('first', '2024-01-10', { title: 'First meeting' }),
  testEvent('second', '2024-03-05', { title: 'Second meeting' }),
  testEvent('third', '2024-06-20', { title: 'Third meeting' }),
  testEvent('fourth', '2024-10-02', { title: 'Fourth meeting' }),
];
const index = buildEventIndex(events);
const home = { startMs: Date.UTC(2023, 11, 1), endMs: Date.UTC(2024, 11, 1) };

function Harness({
  locale = 'en',
  onWindow,
  onOpen = () => {},
  wheelNeedsModifier = false,
  motion = 'jump',
  events: drawn = index,
}: {
  motion?: 'jump' | 'animate';
  events?: typeof index;
  locale?: Language;
  onWindow: (window: TimeWindow) => void;
  onOpen?: (id: string) => void;
  wheelNeedsModifier?: boolean;
}) {
  const [window, setWindow] = useState<TimeWindow>(home);
  return (
    <I18nProvider value={{ locale, messages: locale === 'ur' ? ur : en }}>
      <Timeline
        index={drawn}
        groups={[{ key: 'all', label: undefined, index: drawn }]}
        window={window}
        motion={motion}
        homeWindow={home}
        onWindowChange={(next) => {
          onWindow(next);
          setWindow(next);
        }}
        selectedId={undefined}
        onOpen={onOpen}
        wheelNeedsModifier={wheelNeedsModifier}
      />
    </I18nProvider>
  );
}

/** A mouse event as a browser sends it, with its window (d3-zoom follows a drag on it). */
function mouse(type: string, target: EventTarget, clientX: number): void {
  const event = new MouseEvent(type, {
    clientX,
    clientY: 100,
    button: 0,
    bubbles: true,
    cancelable: true,
  });
  Object.defineProperty(event, 'view', { value: window });
  target.dispatchEvent(event);
}

/** d3-zoom swallows the click that ends a drag until the next task; let that task come. */
const afterDrag = () => new Promise((done) => setTimeout(done, 10));

const timeline = () => screen.getByRole('region', { name: /Timeline|ٹائم لائن/ });
const shownWindow = () => ({
  startMs: Number(timeline().dataset.startMs),
  endMs: Number(timeline().dataset.endMs),
});

describe('Timeline keyboard model', () => {
  it('moves between events in time order with the arrows, Home and End; Enter opens', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Harness onWindow={() => {}} onOpen={onOpen} />);
    // (user-event's clicks carry no window, which d3-zoom's mouse handling needs: focus instead.)
    act(() => screen.getByRole('button', { name: /^First meeting/ }).focus());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^First meeting/ }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Second meeting/ }));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Fourth meeting/ }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Third meeting/ }));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^First meeting/ }));
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('first');
  });

  it('follows the screen on a right-to-left page: Left is later', async () => {
    const user = userEvent.setup();
    render(<Harness locale="ur" onWindow={() => {}} />);
    // (user-event's clicks carry no window, which d3-zoom's mouse handling needs: focus instead.)
    act(() => screen.getByRole('button', { name: /^First meeting/ }).focus());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^First meeting/ }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Second meeting/ }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^First meeting/ }));
  });

  it('zooms in around the focused event with + and out with −', async () => {
    const user = userEvent.setup();
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} />);
    // (user-event's clicks carry no window, which d3-zoom's mouse handling needs: focus instead.)
    act(() => screen.getByRole('button', { name: /^First meeting/ }).focus());
    await user.keyboard('{ArrowRight}');
    await user.keyboard('+');
    const zoomed = onWindow.mock.lastCall?.[0] as TimeWindow;
    expect(zoomed.endMs - zoomed.startMs).toBeCloseTo((home.endMs - home.startMs) / 2, -3);
    expect(zoomed.startMs).toBeLessThan(events[1]!.startMs);
    expect(zoomed.endMs).toBeGreaterThan(events[1]!.startMs);
    await user.keyboard('-');
    const out = onWindow.mock.lastCall?.[0] as TimeWindow;
    expect(out.endMs - out.startMs).toBeCloseTo(home.endMs - home.startMs, -3);
  });
});

describe('Timeline gestures (d3-zoom) report windows', () => {
  const viewport = () => timeline().querySelector<HTMLElement>('.timeline-viewport')!;

  it('zooms in with the wheel, around the pointer', () => {
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} />);
    act(() => {
      fireEvent.wheel(viewport(), { deltaY: -300, clientX: 250, clientY: 100 });
    });
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    expect(next.endMs - next.startMs).toBeLessThan(home.endMs - home.startMs);
    // The instant under the pointer, a quarter of the way across, stays there.
    const anchor = home.startMs + (home.endMs - home.startMs) / 4;
    expect((anchor - next.startMs) / (next.endMs - next.startMs)).toBeCloseTo(0.25, 3);
    expect(shownWindow().startMs).toBe(Math.round(next.startMs));
  });

  it('in an embed leaves the plain wheel to the page, and zooms with Ctrl', () => {
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} wheelNeedsModifier />);
    const plain = new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true });
    act(() => {
      viewport().dispatchEvent(plain);
    });
    expect(onWindow).not.toHaveBeenCalled();
    expect(plain.defaultPrevented).toBe(false);
    act(() => {
      fireEvent.wheel(viewport(), { deltaY: -30, ctrlKey: true, clientX: 500 });
    });
    expect(onWindow).toHaveBeenCalled();
  });

  it('pans later when dragged to the left, keeping the span', async () => {
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} />);
    act(() => {
      mouse('mousedown', viewport(), 600);
      mouse('mousemove', window, 550);
      mouse('mouseup', window, 550);
    });
    await afterDrag();
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    const span = home.endMs - home.startMs;
    expect(next.endMs - next.startMs).toBeCloseTo(span, -3);
    expect(next.startMs - home.startMs).toBeCloseTo(span * 0.05, -3);
  });

  it('stops panning a margin past the last event', async () => {
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} />);
    act(() => {
      mouse('mousedown', viewport(), 900);
      for (let x = 800; x >= -5000; x -= 200) mouse('mousemove', window, x);
      mouse('mouseup', window, -5000);
    });
    await afterDrag();
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    const span = home.endMs - home.startMs;
    expect(next.endMs).toBeCloseTo(home.endMs + span * 0.1, -3);
  });

  it('animates a move made by code (Show all) and ends on the window asked for', async () => {
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} motion="animate" />);
    act(() => {
      fireEvent.wheel(viewport(), { deltaY: -500, clientX: 500, clientY: 100 });
    });
    const zoomed = shownWindow();
    const span = (w: TimeWindow) => w.endMs - w.startMs;
    expect(span(zoomed)).toBeLessThan(span(home) * 0.6);
    const frames: TimeWindow[] = [];
    const observer = new MutationObserver(() => frames.push(shownWindow()));
    observer.observe(timeline(), { attributes: true, attributeFilter: ['data-start-ms'] });
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(onWindow).toHaveBeenLastCalledWith(home);
    // The view starts where it was, passes through frames between, and lands on the window.
    expect(shownWindow()).toEqual(zoomed);
    await waitFor(() => expect(shownWindow()).toEqual(home));
    observer.disconnect();
    const between = frames.filter(
      (w) => span(w) > span(zoomed) + 86_400_000 && span(w) < span(home) - 86_400_000,
    );
    expect(between.length).toBeGreaterThan(0);
  });

  it('zooms to the events of a cluster when it is activated', () => {
    const crowd = buildEventIndex(
      Array.from({ length: 30 }, (_, i) =>
        testEvent(`e${i}`, `2024-05-${String(1 + (i % 3)).padStart(2, '0')}`, {
          title: `Crowded meeting ${i}`,
        }),
      ).sort((a, b) => a.startMs - b.startMs),
    );
    const onWindow = vi.fn();
    render(<Harness onWindow={onWindow} events={crowd} />);
    const cluster = screen.getByRole('button', { name: /^\d+ events, (1–3 )?May 2024$/ });
    fireEvent.click(cluster);
    const next = onWindow.mock.lastCall?.[0] as TimeWindow;
    expect(next.startMs).toBeLessThanOrEqual(Date.UTC(2024, 4, 2));
    expect(next.endMs).toBeGreaterThanOrEqual(Date.UTC(2024, 4, 3));
    expect(next.endMs - next.startMs).toBeLessThan(10 * 86_400_000);
  });
});
