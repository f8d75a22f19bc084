import { expectNoAxeViolations } from './support/axe';
import { timeline, visibleWindow, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// A student on a 360 px touch screen.
test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

test('nothing scrolls sideways at 360 or 320 px (WCAG reflow)', async ({ page }) => {
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('./?event=cpec-jwg-icc-4');
    await waitForTimeline(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
  }
});

test('tapping an event opens its details as a bottom sheet; Close returns', async ({ page }) => {
  await page.goto('./?from=2023-10&to=2024-04');
  await waitForTimeline(page);
  await timeline(page)
    .getByRole('button', { name: /^4th meeting of the CPEC Joint Working Group/ })
    .tap();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeVisible();
  expect(await details.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  const box = await details.boundingBox();
  expect(box && box.y + box.height).toBeGreaterThan(700);
  await details.getByRole('button', { name: 'Close details' }).tap();
  await expect(details).toBeHidden();
});

test('the list is a tab on phones', async ({ page }) => {
  await page.goto('./');
  await waitForTimeline(page);
  await expect(page.getByRole('list', { name: 'Events' })).toBeHidden();
  await page.getByRole('button', { name: 'List' }).tap();
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  await expect(timeline(page)).toBeHidden();
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().tap();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
});

test('a horizontal swipe pans the timeline, and vertical scrolling is left to the page', async ({
  page,
}) => {
  await page.goto('./?from=2000&to=2010');
  await waitForTimeline(page);
  const viewport = page.locator('.timeline-viewport');
  expect(await viewport.evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-y');
  const box = await viewport.boundingBox();
  if (!box) throw new Error('no viewport');
  const before = await visibleWindow(page);
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + box.height - 60;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  await touch('touchStart', box.x + 250);
  for (let x = 240; x >= 100; x -= 20) await touch('touchMove', box.x + x);
  await touch('touchEnd', box.x + 100);
  await expect
    .poll(async () => (await visibleWindow(page)).startMs)
    .toBeGreaterThan(before.startMs);
});

test('tap targets on the timeline are at least 24 px tall', async ({ page }) => {
  await page.goto('./?from=2012&to=2025');
  await waitForTimeline(page);
  const heights = await timeline(page)
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(5);
  for (const h of heights) expect(h).toBeGreaterThanOrEqual(24);
});

test('no accessibility violations on the phone views', async ({ page }) => {
  await page.goto('./');
  await waitForTimeline(page);
  await expectNoAxeViolations(page, 'phone explore');
  await page.getByRole('button', { name: 'List' }).tap();
  await expectNoAxeViolations(page, 'phone list');
  await page.goto('./?event=cpec-corner-inauguration');
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expectNoAxeViolations(page, 'phone details sheet');
});

test('nothing on the page jumps while the timeline arrives (header, controls, timeline)', async ({
  page,
}) => {
  // Every layout shift the browser records from the first paint on, as a person would see it:
  // something already on the screen moving because something else arrived.
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node }[];
      })[]) {
        shifts.push({
          value: entry.value,
          nodes: entry.sources.map((source) => source.node?.nodeName ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const query of ['./', './?embed=1']) {
    await page.goto(query);
    await waitForTimeline(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const shifts = await page.evaluate(
      () => (window as unknown as { layoutShifts: unknown[] }).layoutShifts,
    );
    expect(shifts, `layout shifts on ${query}`).toEqual([]);
  }
});
