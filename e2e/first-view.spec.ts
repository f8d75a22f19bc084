import type { Page } from '@playwright/test';
import { waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// The page carries its own loading screen, drawn before the app's script has run (a slow network,
// a phone): what a visitor sees first must already be the app's, in its mode and theme, and the
// app must take it over without moving it.

/** The page as it stands while none of the app's scripts has arrived. */
async function withoutAppScripts(page: Page): Promise<void> {
  await page.route('**/assets/*.js', (route) => route.abort());
}

test('before the app has arrived, the page shows its loading screen under the header', async ({
  page,
}) => {
  await withoutAppScripts(page);
  await page.goto('./');
  await expect(page.getByRole('status')).toHaveText('Loading the dataset…');
  await expect(page.getByRole('progressbar', { name: 'Loading the dataset…' })).toBeVisible();
  await expect(page.getByText('Bilateral', { exact: true })).toBeVisible();
  // The Menu button's room is kept, but nothing that cannot work yet is offered.
  await expect(page.getByRole('button')).toHaveCount(0);
});

test('before the app has arrived, an embed shows no header, presenter mode nothing, and the theme is applied', async ({
  page,
}) => {
  await withoutAppScripts(page);
  await page.goto('./?embed=1&theme=dark');
  await expect(page.getByRole('status')).toHaveText('Loading the dataset…');
  await expect(page.getByText('Bilateral', { exact: true })).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');

  await page.goto('./?present=1');
  await expect(page.getByRole('status')).toBeHidden();
});

test('the app takes over the loading screen where it stands, and the dataset is fetched once', async ({
  page,
}) => {
  let requests = 0;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/china-pakistan.json', async (route) => {
    requests++;
    await released;
    await route.continue();
  });
  // The app's script is held back too, so the page's own loading screen can be measured before
  // the app takes it over (the app draws as soon as its script runs).
  let releaseScript: () => void = () => {};
  const scriptReleased = new Promise<void>((resolve) => {
    releaseScript = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    await scriptReleased;
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'commit' });
  const status = page.getByRole('status');
  await expect(status).toHaveText('Loading the dataset…');
  const before = await status.boundingBox();
  expect(before).not.toBeNull();
  releaseScript();
  // The app's own loading screen: its header now has the working Menu or controls.
  await expect(page.getByRole('banner').getByRole('button').first()).toBeVisible();
  expect(await page.getByRole('status').boundingBox()).toEqual(before);
  release();
  await waitForTimeline(page);
  expect(requests).toBe(1);
});
