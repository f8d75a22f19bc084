import { serveDataset, smallDataset, timeline, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// A dataset someone else wrote: bad records are listed, every good one is still shown.

test('bad records are left out and listed with index, id, field path and reason; good ones are shown', async ({
  page,
}) => {
  const dataset = smallDataset();
  dataset.events.push(
    { id: 'no-date', title: 'An event without a date' },
    { id: 'bad-month', date: '2023-13', title: 'Thirteenth month' },
    { id: 'cpec-corner', date: '2024-02-01', title: 'A second event with an existing id' },
    {
      id: 'bad-party',
      date: '2020-01-01',
      title: 'Bad party',
      participants: [{ name: 'X', party: 'pakistan' }],
    },
  );
  await serveDataset(page, JSON.stringify(dataset));
  await page.goto('./?from=2021-06&to=2024-06');
  await waitForTimeline(page);

  const alert = page.getByRole('alert').filter({ hasText: 'records were left out' });
  await expect(alert).toContainText('4 records were left out');
  await expect(alert).toContainText('Event 7 (“no-date”)');
  await expect(alert).toContainText('events[7].date');
  await expect(alert).toContainText('is required but missing');
  await expect(alert).toContainText('events[8].date');
  await expect(alert).toContainText('month 13 is not between 01 and 12');
  await expect(alert).toContainText('events[9].id');
  await expect(alert).toContainText('repeats the id "cpec-corner"');
  await expect(alert).toContainText('events[10].participants[0].party');

  // All seven good events are still there.
  for (const title of [
    /^3rd meeting of the CPEC JWG-ICC/,
    /^2nd Pakistan–China Think Tanks Forum/,
    /^CPEC Corner inaugurated/,
    /^4th meeting of the CPEC JWG-ICC/,
  ]) {
    await expect(timeline(page).getByRole('button', { name: title })).toBeVisible();
  }
  await expect(
    timeline(page).getByRole('button', { name: /^A second event with an existing id/ }),
  ).toHaveCount(0);
});

test('a reference to an unknown source is a warning and the event is kept', async ({ page }) => {
  const dataset = smallDataset();
  dataset.events.push({
    id: 'orphan',
    date: '2023-03-03',
    title: 'Cites a missing source',
    sources: ['nowhere'],
  });
  await serveDataset(page, JSON.stringify(dataset));
  await page.goto('./?event=orphan');
  await expect(page.getByRole('alert').filter({ hasText: '1 warning' })).toContainText(
    'cites an unknown source "nowhere"',
  );
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Cites a missing source');
  await expect(details.getByRole('list', { name: 'Sources' })).toContainText(
    'Source “nowhere” (not in the dataset’s source list)',
  );
});

test('a JSON syntax error is reported with its line and column, and Retry loads a fixed file', async ({
  page,
}) => {
  let body = '{\n  "format": "bilateral-events",\n  "version": 1,\n  "events": [,]\n}';
  await page.route('**/data/china-pakistan.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be read');
  await expect(alert).toContainText('line 4, column 14');
  body = JSON.stringify(smallDataset());
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture: China–Pakistan seed events',
  );
});

test('a file of another format is rejected whole with a message that says what is wrong', async ({
  page,
}) => {
  await serveDataset(page, JSON.stringify({ format: 'something-else', version: 1, events: [] }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('format must be "bilateral-events"');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('text from the dataset is shown as text, never run as HTML', async ({ page }) => {
  const dataset = smallDataset();
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  dataset.events.push({
    id: 'payload',
    date: '2023-05-05',
    title: payload,
    summary: payload,
    sources: ['evil'],
  });
  dataset.sources?.push({ id: 'evil', title: 'Evil link', url: 'javascript:window.__pwned=3' });
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await serveDataset(page, JSON.stringify(dataset));
  await page.goto('./?event=payload');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(payload);
  // The javascript: URL is not a link.
  await expect(details.getByRole('list', { name: 'Sources' }).getByRole('link')).toHaveCount(0);
  await expect(details.getByRole('list', { name: 'Sources' })).toContainText(
    'javascript:window.__pwned=3',
  );
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
