import { timeline, visibleWindow, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// The student's first journey on the shipped dataset: see the events, open one, read it, leave.

test('the shipped dataset loads and shows the events of the source article', async ({ page }) => {
  await page.goto('./?from=2022-06&to=2024-02');
  await waitForTimeline(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'China–Pakistan relations' }),
  ).toBeVisible();
  const region = timeline(page);
  for (const title of [
    /^3rd meeting of the CPEC Joint Working Group/,
    /^2nd Pakistan–China Think Tanks Forum/,
    /^3rd Pakistan–China Think Tanks? Forum/,
    /^CPEC Corner/,
    /^4th meeting of the CPEC Joint Working Group/,
  ]) {
    await expect(region.getByRole('button', { name: title })).toBeVisible();
  }
});

test('clicking an event opens its details with participants, statements and sources', async ({
  page,
}) => {
  await page.goto('./?from=2023-12&to=2024-02');
  await waitForTimeline(page);
  await timeline(page)
    .getByRole('button', { name: /^4th meeting of the CPEC Joint Working Group/ })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    /4th meeting of the CPEC Joint Working Group/,
  );
  await expect(details.getByText('Islamabad', { exact: false }).first()).toBeVisible();
  await expect(details.getByRole('list', { name: 'Participants' })).toContainText('Sun Weidong');
  await expect(details.getByRole('list', { name: 'Participants' })).toContainText(
    'Muhammad Syrus Sajjad Qazi',
  );
  await expect(details.getByRole('list', { name: 'Statements' })).toContainText(/disinformation/i);
  await expect(
    details.getByRole('list', { name: 'Sources' }).getByRole('link').first(),
  ).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page).toHaveURL(/event=cpec-jwg-icc-4/);
});

test('the CPEC Corner shows that its sources disagree on the date', async ({ page }) => {
  await page.goto('./?event=cpec-corner-inauguration');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/CPEC Corner/);
  await expect(details).toContainText('20 January 2024');
  await expect(details).toContainText(/21 January/);
});

test('a deep link opens the event, and previous/next follow its meeting series', async ({
  page,
}) => {
  await page.goto('./?event=cpec-jwg-icc-4');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/4th meeting/);
  await details
    .getByRole('link', { name: /Previous: 3rd meeting of the CPEC Joint Working Group/ })
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/3rd meeting/);
  await expect(details).toContainText('21 July 2022');
  await expect(details).toContainText(/virtual/i);
  await expect(page).toHaveURL(/event=cpec-jwg-icc-3/);
  // Back returns to the meeting opened before.
  await page.goBack();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/4th meeting/);
  await page.goForward();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/3rd meeting/);
});

test('with the keyboard alone: arrows move between events, Enter opens, Escape closes and returns', async ({
  page,
}) => {
  await page.goto('./?from=2023-12&to=2024-02');
  await waitForTimeline(page);
  // Tab past the toolbar into the events: one tab stop for all of them.
  for (let i = 0; i < 20 && !(await page.locator(':focus[data-event-id]').count()); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', /.+/);
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Pakistan recognises/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Pakistan and China establish diplomatic/,
  );
  await page.keyboard.press('End');
  const last = await page.locator(':focus').getAttribute('data-event-id');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', last ?? '');
});

test('+ and − zoom the visible window, and the window is kept in the URL', async ({ page }) => {
  await page.goto('./');
  await waitForTimeline(page);
  const before = await visibleWindow(page);
  await timeline(page)
    .getByRole('button')
    .filter({ has: page.locator('.mark-label') })
    .first()
    .focus();
  await page.keyboard.press('+');
  const zoomedIn = await visibleWindow(page);
  expect(zoomedIn.endMs - zoomedIn.startMs).toBeLessThan((before.endMs - before.startMs) * 0.6);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  const zoomedOut = await visibleWindow(page);
  expect(zoomedOut.endMs - zoomedOut.startMs).toBeGreaterThan(zoomedIn.endMs - zoomedIn.startMs);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
});

test('the mouse wheel zooms around the pointer and dragging pans', async ({ page }) => {
  await page.goto('./?from=2000&to=2020');
  await waitForTimeline(page);
  const box = await page.locator('.timeline-viewport').boundingBox();
  if (!box) throw new Error('no viewport');
  const before = await visibleWindow(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 50);
  await page.mouse.wheel(0, -400);
  await expect
    .poll(async () => {
      const now = await visibleWindow(page);
      return now.endMs - now.startMs;
    })
    .toBeLessThan(before.endMs - before.startMs);
  const zoomed = await visibleWindow(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 50);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height - 50, { steps: 5 });
  await page.mouse.up();
  const panned = await visibleWindow(page);
  expect(panned.startMs).toBeGreaterThan(zoomed.startMs);
  expect(panned.endMs - panned.startMs).toBeCloseTo(zoomed.endMs - zoomed.startMs, -3);
});

test('a window from the URL is shown: from the start of 2013 to the end of 2015', async ({
  page,
}) => {
  await page.goto('./?from=2013&to=2015');
  await waitForTimeline(page);
  const window = await visibleWindow(page);
  expect(window.startMs).toBe(Date.UTC(2013, 0, 1));
  expect(window.endMs).toBe(Date.UTC(2016, 0, 1));
  await expect(timeline(page).getByRole('button', { name: /^President Xi Jinping/ })).toBeVisible();
});

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('a move made by code (Show all) animates, through the windows between, to the whole span', async ({
    page,
  }) => {
    await page.goto('./?from=2023&to=2024');
    await waitForTimeline(page);
    const before = await visibleWindow(page);
    await page.evaluate(() => {
      const region = document.querySelector<HTMLElement>('.timeline');
      const w = window as unknown as { __spans: number[] };
      w.__spans = [];
      new MutationObserver(() =>
        w.__spans.push(Number(region?.dataset.endMs) - Number(region?.dataset.startMs)),
      ).observe(region as HTMLElement, { attributes: true, attributeFilter: ['data-start-ms'] });
    });
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect
      .poll(async () => {
        const now = await visibleWindow(page);
        return now.endMs - now.startMs;
      })
      .toBeGreaterThan(50 * 365 * 86_400_000);
    const spans = await page.evaluate(() => (window as unknown as { __spans: number[] }).__spans);
    const final = spans.at(-1) ?? 0;
    const between = spans.filter((s) => s > before.endMs - before.startMs && s < final * 0.9);
    expect(between.length).toBeGreaterThan(0);
  });
});
