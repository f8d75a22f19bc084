import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { timeline, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// Offline: a briefing room with no network. Either one HTML file from a USB stick (file://), or
// a deployed copy visited before, kept by the service worker.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SINGLE = `${ROOT}dist-single/index.html`;

test.describe('the single-file build, opened from file://', () => {
  // One build for the file's tests, not one per worker writing the same folder.
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:single'], { cwd: ROOT, stdio: 'pipe' });
  });

  const httpRequests = (page: Page) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !/^(data|blob):/.test(request.url()))
        requests.push(request.url());
    });
    return requests;
  };

  test('is one file with everything inside, the dataset included', () => {
    expect(existsSync(SINGLE)).toBe(true);
    const html = readFileSync(SINGLE, 'utf8');
    // The markup, without the text of its scripts and styles: no reference to any other file.
    const markup = html
      .replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>')
      .replace(/(<style[^>]*>)[\s\S]*?<\/style>/g, '$1</style>');
    expect(markup).not.toMatch(/\s(?:src|href)="(?!data:)/);
    expect(markup.match(/<script type="module">/g)).toHaveLength(1);
    expect(html).toContain('id="bilateral-embedded-data" data-url="data/china-pakistan.json"');
    // The dataset cannot end its own script element.
    const data = /id="bilateral-embedded-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(data).not.toContain('<');
    expect(JSON.parse(data).events.length).toBe(129);
  });

  test('shows the events, opens one and reads its details, with no network at all', async ({
    page,
  }) => {
    const requests = httpRequests(page);
    await page.goto(`${pathToFileURL(SINGLE).href}?from=2022-06&to=2024-02`);
    await waitForTimeline(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'China–Pakistan relations' }),
    ).toBeVisible();
    const event = timeline(page).getByRole('button', {
      name: /^4th meeting of the CPEC Joint Working Group/,
    });
    await expect(event).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: / of 129 events/ })).toHaveText(
      '129 of 129 events',
    );
    await event.click();
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('list', { name: 'Statements' }),
    ).toContainText(/disinformation/i);
    await expect(page).toHaveURL(/event=cpec-jwg-icc-4/);
    expect(requests).toEqual([]);
  });

  test('presents and exports from the file too', async ({ page }) => {
    const requests = httpRequests(page);
    await page.goto(`${pathToFileURL(SINGLE).href}?series=cpec-jwg-icc`);
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Export image' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('China–Pakistan relations');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('status').filter({ hasText: / of \d+$/ })).toHaveText('1 of 5');
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('status').filter({ hasText: / of \d+$/ })).toHaveText('2 of 5');
    await page.keyboard.press('Escape');
    await waitForTimeline(page);
    expect(requests).toEqual([]);
  });

  test('links to the accessibility statement beside it, and back', async ({ page }) => {
    const requests = httpRequests(page);
    await page.goto(pathToFileURL(SINGLE).href);
    await waitForTimeline(page);
    const about = page.getByRole('region', { name: 'About this dataset' });
    await about.getByRole('button', { name: 'About this dataset' }).click();
    await about.getByRole('link', { name: 'Accessibility statement' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
    await page.getByRole('link', { name: 'Back to the timeline' }).click();
    await waitForTimeline(page);
    expect(requests).toEqual([]);
  });
});

test.describe('a deployed copy, visited before', () => {
  // These journeys are about the service worker, which the other specs keep out of the way.
  test.use({ serviceWorkers: 'allow' });
  test('works offline on the next visit: the app, the dataset and the presenter', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    // The service worker has installed once the page, every file of the build (the lazy modes
    // and the parser included) and the dataset are kept.
    const built = readdirSync(`${ROOT}dist/assets`).map((name) => `/assets/${name}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const keys = await caches.keys();
          const cache = keys[0] ? await caches.open(keys[0]) : undefined;
          return ((await cache?.keys()) ?? []).map((r) => new URL(r.url).pathname);
        }),
      )
      .toEqual(
        expect.arrayContaining(['/', '/favicon.svg', '/data/china-pakistan.json', ...built]),
      );

    await context.setOffline(true);
    await page.reload();
    await waitForTimeline(page);
    await expect(page.getByRole('status').filter({ hasText: / of 129 events/ })).toHaveText(
      '129 of 129 events',
    );
    await page.goto('./?present=1&event=cpec-jwg-icc-4');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/4th meeting/);
    await context.setOffline(false);
  });

  test('an embed never installs the service worker, on its own or in a frame', async ({ page }) => {
    const registrations = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    await page.goto('./?embed=1');
    await waitForTimeline(page);
    await page.waitForTimeout(500);
    expect(await registrations()).toBe(0);

    // Even a frame without embed=1: the host page's origin is not the app's to manage.
    await page.route('**/__sw_host__.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Host</title><iframe src="./" title="Timeline" width="800" height="600"></iframe>',
      }),
    );
    await page.goto('./__sw_host__.html');
    await page.frameLocator('iframe').locator('[data-ready="true"]').waitFor();
    await page.waitForTimeout(500);
    expect(await registrations()).toBe(0);
  });
});
