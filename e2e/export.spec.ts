import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { serveDataset, smallDataset, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// A presenter takes the current view into a slide deck as an image, or prints the events.

async function exportAs(
  page: Page,
  format: 'PNG' | 'SVG',
): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export an image of the timeline' });
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: `Download ${format}` }).click(),
  ]);
  await expect(dialog.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}.`);
  const path = await download.path();
  const bytes = readFileSync(path);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return { download, bytes };
}

test('PNG: an image of the visible window, drawn at twice the size for slides', async ({
  page,
}) => {
  await page.goto('./?from=2022-06&to=2024-02');
  await waitForTimeline(page);
  const { download, bytes } = await exportAs(page, 'PNG');
  expect(download.suggestedFilename()).toBe('china-pakistan-relations-2022-06-01-2024-02-29.png');
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  // IHDR: width and height, big-endian.
  expect(bytes.readUInt32BE(16)).toBe(3200);
  expect(bytes.readUInt32BE(20)).toBe(1800);
  expect(bytes.byteLength).toBeGreaterThan(20_000);
});

test('SVG: a valid document with the title, the window, the events, the legend and the attribution', async ({
  page,
}) => {
  await page.goto('./?from=2023-12&to=2024-02');
  await waitForTimeline(page);
  const { download, bytes } = await exportAs(page, 'SVG');
  expect(download.suggestedFilename()).toBe('china-pakistan-relations-2023-12-01-2024-02-29.svg');
  const svg = bytes.toString('utf8');
  expect(svg).not.toMatch(/<script/i);
  const texts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return null;
    return [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
  }, svg);
  expect(texts).not.toBeNull();
  expect(texts).toEqual(
    expect.arrayContaining([
      'China–Pakistan relations',
      'Event types',
      'Cooperation',
      'Conflict',
      'Other or unspecified',
    ]),
  );
  expect(texts?.some((t) => t === '1 December 2023 – 29 February 2024 · 2 events')).toBe(true);
  expect(texts?.some((t) => t.startsWith('CPEC Corner'))).toBe(true);
  expect(texts?.some((t) => t.startsWith('Data: '))).toBe(true);
});

test('the image follows the filters and the theme on screen', async ({ page }) => {
  await page.goto('./?from=2023-12&to=2024-02&theme=dark&q=corner');
  await waitForTimeline(page);
  const { bytes } = await exportAs(page, 'SVG');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('CPEC Corner');
  expect(svg).not.toContain('4th meeting');
  expect(svg).toContain('1 December 2023 – 29 February 2024 · 1 event<');
  // The dark theme's background.
  expect(svg).toMatch(/<rect width="1600" height="900" fill="#121416"\/>/);
});

test('dataset text in the image stays text: no markup from a title or an event', async ({
  page,
}) => {
  const doc = smallDataset();
  doc.title = '<script>alert(1)</script> Hostile & "quoted" <svg onload=alert(2)>';
  const first = doc.events[0];
  if (first && typeof first === 'object')
    Object.assign(first, { title: '<img src=x onerror=alert(3)>' });
  await serveDataset(page, JSON.stringify(doc));
  await page.goto('./');
  await waitForTimeline(page);
  const { download, bytes } = await exportAs(page, 'SVG');
  expect(download.suggestedFilename()).toMatch(
    /^script-alert-1-script-hostile-quoted-svg-onload-alert-2-/,
  );
  const svg = bytes.toString('utf8');
  expect(svg).not.toMatch(/<script|<img|<svg onload/i);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      ok: doc.getElementsByTagName('parsererror').length === 0,
      elements: [...doc.querySelectorAll('*')].map((e) => e.localName),
      title: doc.querySelector('title')?.textContent,
      withHandlers: doc.querySelectorAll('[onload], [onerror]').length,
    };
  }, svg);
  expect(parsed.ok).toBe(true);
  expect(parsed.title).toBe(doc.title);
  expect(parsed.withHandlers).toBe(0);
  expect(new Set(parsed.elements)).toEqual(
    new Set(['svg', 'title', 'defs', 'clipPath', 'rect', 'g', 'line', 'text', 'circle', 'polygon']),
  );
});

test('printing lists every matching event with its date, place and sources, without the controls', async ({
  page,
}) => {
  await page.goto('./?tag=jwg-icc');
  await waitForTimeline(page);
  await expect(page.locator('.print-list')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  const list = page.getByRole('region', { name: /^Events in this view/ });
  await expect(list).toBeVisible();
  await expect(list.getByRole('heading', { level: 2 })).toHaveText('Events in this view (5)');
  await expect(
    list.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }),
  ).toHaveCount(5);
  await expect(list).toContainText('21 January 2024 · Islamabad');
  await expect(list).toContainText(/https?:\/\//);
  await expect(page.getByRole('button', { name: 'Export image' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );

  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-list')).toHaveCount(0);
  // The browser's own print events render it too.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.print-list')).toHaveCount(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-list')).toHaveCount(0);
});
