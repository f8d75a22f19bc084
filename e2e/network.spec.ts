import { expect, test } from './support/test';
import { SMALL_DATASET, waitForTimeline } from './support/datasets';

// The network fails: the person sees what happened and can try again.

test('a server error is retried, then reported with a Retry that recovers', async ({ page }) => {
  let requests = 0;
  let healthy = false;
  await page.route('**/data/china-pakistan.json', (route) => {
    requests++;
    return healthy
      ? route.fulfill({ status: 200, contentType: 'application/json', body: SMALL_DATASET })
      : route.fulfill({ status: 500, body: 'Internal Server Error' });
  });
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: /Loading|Downloading/ })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded', { timeout: 15_000 });
  await expect(alert).toContainText('500');
  expect(requests).toBe(3);
  healthy = true;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForTimeline(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a missing file (404) is reported at once, without pointless retries', async ({ page }) => {
  let requests = 0;
  await page.route('**/data/missing.json', (route) => {
    requests++;
    return route.fulfill({ status: 404, body: 'Not found' });
  });
  await page.goto('./?data=data/missing.json');
  await expect(page.getByRole('alert')).toContainText('404');
  expect(requests).toBe(1);
});

test('a dropped connection is reported as a network failure with Retry', async ({ page }) => {
  await page.route('**/data/china-pakistan.json', (route) => route.abort('connectionreset'));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be fetched', { timeout: 15_000 });
  await page.unroute('**/data/china-pakistan.json');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–Pakistan relations');
});

test('a data parameter with another scheme is refused with a message, and the default loads', async ({
  page,
}) => {
  await page.goto('./?data=javascript:alert(1)');
  await expect(page.getByRole('alert')).toContainText('is not allowed');
  await waitForTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–Pakistan relations');
});
