import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Route } from '@playwright/test';
import { synthDocument } from '../tools/lib/synth-dataset';
import { allowConnectionsTo } from './support/cross-site';
import { SMALL_DATASET, timeline, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

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
  const notice = page.getByRole('alert').filter({ hasText: 'is not allowed' });
  await expect(notice).toBeVisible();
  await waitForTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–Pakistan relations');
  // The page soon writes its URL without the refused address; the notice stays until dismissed.
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).not.toHaveURL(/javascript/);
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

// ---- More faults, each ending in a Retry that recovers, never in a blank page. --------------

const DATASET = '**/data/china-pakistan.json';
const ok = (route: Route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body: SMALL_DATASET });

test('a 404 offers Retry, which loads the file once it is there', async ({ page }) => {
  let published = false;
  await page.route(DATASET, (route) =>
    published ? ok(route) : route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server answered 404');
  published = true;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForTimeline(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a server that never answers: loading is shown, then a message after a bounded time, and Retry recovers', async ({
  page,
}) => {
  // The fetch gives up after 20 s (AbortSignal.timeout, which Playwright's clock controls) and is
  // tried three times in all, 1 s and 2 s apart: the message comes after 63 s, never later.
  await page.clock.install();
  let hanging = true;
  const requests: string[] = [];
  await page.route(DATASET, (route) => {
    requests.push(route.request().url());
    // A hanging server: the request is never answered (the page aborts it when it times out).
    return hanging ? new Promise<void>(() => {}) : ok(route);
  });
  await page.goto('./');
  const loading = page.getByRole('status').filter({ hasText: /Loading|Downloading/ });
  await expect(loading).toBeVisible();
  const alert = page.getByRole('alert');
  await page.clock.fastForward(19_000);
  await expect(loading).toBeVisible();
  await expect(alert).toHaveCount(0);
  // Time moves a second at a time until the message shows: not before the three attempts have
  // timed out, and not much after.
  let waitedMs = 19_000;
  while (!(await alert.isVisible()) && waitedMs < 90_000) {
    await page.clock.fastForward(1_000);
    waitedMs += 1_000;
    await page.waitForTimeout(50);
  }
  await expect(alert).toContainText('The server sent nothing for 20 seconds');
  expect(waitedMs).toBeGreaterThanOrEqual(63_000);
  expect(waitedMs).toBeLessThanOrEqual(65_000);
  expect(requests).toHaveLength(3);
  hanging = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForTimeline(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a body cut off in transit is reported with line and column, and Retry loads the whole file', async ({
  page,
}) => {
  let cut = true;
  await page.route(DATASET, (route) =>
    cut
      ? route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: SMALL_DATASET.slice(0, Math.floor(SMALL_DATASET.length / 2)),
        })
      : ok(route),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be read');
  await expect(alert).toContainText(/line \d+, column \d+/);
  cut = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForTimeline(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a slow server (3 s): loading is shown, then the data', async ({ page }) => {
  await page.route(DATASET, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await ok(route);
  });
  const started = Date.now();
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: /Loading|Downloading/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  await waitForTimeline(page);
  expect(Date.now() - started).toBeGreaterThanOrEqual(3_000);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture: China–Pakistan seed events',
  );
});

test('offline after loading, the timeline keeps working; a load that fails offline is retried once back online', async ({
  page,
  context,
}) => {
  await page.route(DATASET, ok);
  await page.goto('./?from=2021-06&to=2024-06');
  await waitForTimeline(page);
  // Loaded: the page has also fetched what it prefetches once the timeline is up (the details).
  await page.waitForLoadState('networkidle');

  await context.setOffline(true);
  // Everything already loaded works without the network: open, search, zoom, close.
  await timeline(page)
    .getByRole('button', { name: /^4th meeting of the CPEC JWG-ICC/ })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/4th meeting/);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('think tanks');
  await expect(page.getByRole('status').filter({ hasText: /of \d+ events/ })).toHaveText(
    '2 of 7 events',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Now the page is opened again while the network is down: the shell comes from the browser's
  // cache of this document, the dataset cannot; the person is told, and Retry works once online.
  await context.setOffline(false);
  // The network goes down as the page first asks for the dataset, and stays down (for the
  // page's preload of it and its own fetch alike) until the test brings it back.
  let down: boolean | undefined;
  await page.unroute(DATASET);
  await page.route(DATASET, async (route) => {
    if (down === undefined) {
      down = true;
      await context.setOffline(true);
    }
    return down ? route.abort('internetdisconnected') : ok(route);
  });
  await page.clock.install();
  await page.goto('./');
  // The two automatic retries (1 s and 2 s later) fail too while offline; then the message.
  const alert = page.getByRole('alert');
  for (let i = 0; i < 10 && !(await alert.isVisible()); i++) {
    await page.clock.fastForward(1_000);
    await page.waitForTimeout(50);
  }
  await expect(alert).toContainText('This device is offline');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await context.setOffline(false);
  down = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForTimeline(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a view that fails to render shows a message with a way back, not a blank page', async ({
  page,
}) => {
  // No dataset makes a view throw (that would be a bug to fix, and the corpus looks for it), so
  // the failure comes from the browser: measuring text on a canvas, which the timeline's labels
  // need as they are laid out, throws, until the test lets it work again. (React retries a failed
  // render once by itself, so a single failure would not reach the boundary.)
  await page.addInitScript(() => {
    const failing = window as { __measureFails?: boolean };
    failing.__measureFails = true;
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (text: string) {
      if (failing.__measureFails) throw new TypeError('Text cannot be measured');
      return measureText.call(this, text);
    };
  });
  await page.route(DATASET, ok);
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong while drawing this view.');
  await page.evaluate(() => {
    (window as { __measureFails?: boolean }).__measureFails = false;
  });
  await alert.getByRole('button', { name: 'Start again' }).click();
  await waitForTimeline(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture: China–Pakistan seed events',
  );
});

// ---- A large file on a slow line ---------------------------------------------------------------

/**
 * A server that sends a large file a megabyte at a time, as a slow line would (page.route can
 * only answer all at once): 30,000 synthetic events (made up, as the generator says in the
 * file), about 20 MB. It is another origin, so it allows the page to read it (CORS).
 */
const slowLine = test.extend<{ slowServer: { origin: string; bytes: number } }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  slowServer: async ({}, use) => {
    const bytes = Buffer.from(JSON.stringify(synthDocument({ events: 30_000, seed: 7 })));
    const server = createServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': bytes.length,
        'access-control-allow-origin': '*',
      });
      let at = 0;
      const timer = setInterval(() => {
        response.write(bytes.subarray(at, at + MEGABYTE));
        at += MEGABYTE;
        if (at >= bytes.length) {
          clearInterval(timer);
          response.end();
        }
      }, 40);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await use({ origin: `http://127.0.0.1:${port}`, bytes: bytes.length });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
  allowedOrigins: async ({ slowServer }, use) => {
    await use([slowServer.origin]);
  },
});
const MEGABYTE = 1024 * 1024;

slowLine(
  'a large dataset shows how far it has come: megabytes of the total, then the events checked',
  async ({ page, slowServer }) => {
    await allowConnectionsTo(page, slowServer.origin);
    // Every state the loading status passes through, recorded as it changes on screen.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { loadingSeen: seen });
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        const status = bar?.closest('[role="status"]');
        if (!bar || !status) return;
        const state = `${status.textContent} | ${bar.getAttribute('aria-valuenow') ?? 'unknown'}`;
        if (state !== seen.at(-1)) seen.push(state);
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await page.goto(`./?data=${encodeURIComponent(`${slowServer.origin}/large.json`)}`);
    await waitForTimeline(page);
    await expect(page.getByRole('status').filter({ hasText: 'of 30,000 events' })).toBeVisible();
    const seen = await page.evaluate(
      () => (window as unknown as { loadingSeen: string[] }).loadingSeen,
    );
    const percents = (pattern: RegExp) =>
      seen.filter((s) => pattern.test(s)).map((s) => Number(s.split(' | ')[1]));
    // While it arrives: "Downloading 3.0 MB of 19.9 MB", the bar at that share and moving on.
    const total = (slowServer.bytes / MEGABYTE).toFixed(1);
    const downloading = percents(new RegExp(`^Downloading [\\d.]+ MB of ${total} MB`));
    // How many of the ~13 arrivals get their own frame depends on how busy the machine is (a full
    // run under two workers painted 3 of them): what a person sees is a bar that moves on.
    expect(downloading.filter((p) => p > 0 && p < 100).length).toBeGreaterThan(1);
    expect(downloading).toEqual([...downloading].sort((a, b) => a - b));
    // While the events are checked: the bar starts again and moves on to the end.
    const preparing = percents(/^(Preparing the events|Checking events)/).filter(Number.isFinite);
    expect(preparing.filter((p) => p > 0 && p < 100).length).toBeGreaterThan(0);
    expect(preparing).toEqual([...preparing].sort((a, b) => a - b));
  },
);
