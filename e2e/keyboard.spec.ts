import { timeline, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// The main tasks with the keyboard alone, and what a screen reader hears.

test('search, filter, open, follow a series, close: all from the keyboard, focus always visible', async ({
  page,
}) => {
  await page.goto('./');
  await waitForTimeline(page);
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('link', { name: 'Skip to the events on the timeline' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', /.+/);

  // Search: type into the search box reached by Shift+Tab.
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.focus();
  await page.keyboard.type('JWG');
  await expect(page.getByRole('status').filter({ hasText: / of 129 events/ })).not.toHaveText(
    '129 of 129 events',
  );

  // Filters: open the panel and tick a box with Space.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Filters' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Type' }).getByRole('checkbox').first().focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/type=/);

  // The timeline: Home, then Enter opens the first matching meeting.
  await timeline(page).locator('[data-event-id][tabindex="0"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    /1st meeting of the CPEC Joint Working Group/,
  );

  // Follow the series with Tab and Enter.
  const next = details.getByRole('link', { name: /Next: 2nd meeting/ });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/2nd meeting/);

  // Escape closes and focus returns to the event on the timeline.
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'cpec-jwg-icc-2');
  const outline = await page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a screen reader hears the title and date of an opened event, not the whole panel', async ({
  page,
}) => {
  await page.goto('./?from=2023-12&to=2024-02');
  await waitForTimeline(page);
  await timeline(page)
    .getByRole('button', { name: /^CPEC Corner/ })
    .click();
  // (The timeline's description of its view is a polite live region of its own.)
  const live = page.locator('[aria-live="polite"]').filter({ hasText: /^Opened:/ });
  await expect(live).toHaveText(
    'Opened: CPEC Corner opened at the Foreign Ministry library in Islamabad, 20 January 2024',
  );
});

test('when a filter removes the focused event, focus moves to another event, not to the page', async ({
  page,
}) => {
  await page.goto('./?from=2023-12&to=2024-02&q=jwg');
  await waitForTimeline(page);
  await timeline(page)
    .getByRole('button', { name: /^4th meeting/ })
    .focus();
  await page
    .getByRole('searchbox', { name: 'Search events' })
    .evaluate((input: HTMLInputElement) => {
      // Change the search without moving focus, as a second input device would.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, 'corner');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  await expect(timeline(page).getByRole('button', { name: /^4th meeting/ })).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAccessibleName(/^CPEC Corner/);
});

test('with reduced motion, nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.route('**/data/china-pakistan.json', () => {
    // Leave the request pending: the loading bar is on screen.
  });
  await page.goto('./');
  const bar = page.locator('.progress-bar');
  await expect(bar).toBeVisible();
  // Read in one step in the page: the bar the page itself carries (drawn before the app's script
  // runs) is replaced by the app's own as it starts, and both must stand still.
  const duration = await page.evaluate(() => {
    const current = document.querySelector('.progress-bar');
    return current ? parseFloat(getComputedStyle(current).animationDuration) : Number.NaN;
  });
  expect(duration).toBeLessThan(0.001);
});
