import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// A newsroom or a researcher opens the file they already have, from disk: read in the browser,
// nothing uploaded, with the same progress, report and details as a published dataset.

const fixture = (name: string) =>
  fileURLToPath(new URL(`../tests/fixtures/importers/${name}`, import.meta.url));

/** Drops a file on the page as a person dragging it from their desktop does. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: 'text/plain' }));
      return data;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText('Drop the file to open it.')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

test('a TimelineJS spreadsheet saved as CSV opens from disk with the Open file control', async ({
  page,
}) => {
  const uploads: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') uploads.push(request.url());
  });
  await page.goto('./');
  await waitForTimeline(page);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(fixture('timelinejs-sheet.csv'));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Harbour Timeline');
  await waitForTimeline(page);
  await expect(page.getByRole('status').filter({ hasText: /of 5 events/ })).toBeVisible();

  // The one bad row is named by its spreadsheet row and column; the sides are "not stated".
  const report = page.getByRole('alert').filter({ hasText: 'left out' });
  await expect(report).toContainText('1 record was left out');
  await report.getByText('Show details').click();
  await expect(report).toContainText('row 8');
  await expect(report).toContainText('column Month: "13" is not a month from 1 to 12');
  await expect(report).toContainText('shown as "not stated"');

  // The list shows the BCE year and the display text is kept; the links became sources.
  await page.getByRole('searchbox', { name: 'Search events' }).fill('agreement');
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Example agreement signed');
  const sources = details.getByRole('list', { name: 'Sources' });
  await expect(sources).toContainText('Example News');
  await expect(sources).toContainText('Example Wire');

  // Sharing and embedding say a file on this device cannot be linked to.
  await expect(details.getByRole('note')).toContainText('opened from a file on this device');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog').getByRole('note')).toContainText(
    'a link cannot open it for anyone else',
  );
  expect(uploads).toEqual([]);
});

test('a GDELT 1.0 export opens when dropped on the page, showing the pair it has most rows for', async ({
  page,
}) => {
  await page.goto('./');
  await waitForTimeline(page);
  await dropFile(page, '20130414.export.CSV', readFileSync(fixture('gdelt1-daily.tsv'), 'utf8'));

  await waitForTimeline(page);
  await expect(page.getByRole('status').filter({ hasText: /of 2 events/ })).toBeVisible();
  const report = page.getByRole('alert').filter({ hasText: 'left out' });
  await report.getByText('Show details').click();
  await expect(report).toContainText('GDELT 1.0 file has rows for 2 pairs of countries');
  await expect(report).toContainText('CHN–PAK');
  await expect(report).toContainText('line 7');
  await expect(page.getByText('Drop the file to open it.')).toHaveCount(0);

  const list = page.getByRole('list', { name: 'Events' });
  const listTab = page.getByRole('button', { name: 'List', exact: true });
  if (await listTab.isVisible()) await listTab.click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Pakistan → China: consult');
  await expect(list).toContainText('Pakistan → China: assault');
});
