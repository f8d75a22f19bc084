import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { allowConnectionsTo } from './support/cross-site';
import { smallDataset, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// Links are written by hand, cut short by chat apps and pasted by students: every parameter with
// garbage, huge values or other schemes falls back to its default, says so where a person would
// want to know, and never breaks the page (BRIEF.md, "URL parameters").

const SHIPPED_TITLE = 'China–Pakistan relations';

/** The document for URLs longer than the preview server accepts (Node answers 431 above 16 KB). */
async function serveLongUrls(page: Page): Promise<void> {
  await page.route(
    (url) => url.search.length > 8_000,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const page = new URL(route.request().url());
      const response = await route.fetch({ url: `${page.origin}${page.pathname}` });
      return route.fulfill({ response });
    },
  );
}

test('garbage in every parameter at once: the defaults, two messages, and a working page', async ({
  page,
}) => {
  const search = new URLSearchParams({
    data: 'javascript:alert(1)',
    event: '<script>alert(1)</script>',
    from: 'soon',
    to: 'later',
    q: '<img src=x onerror=alert(1)>',
    type: 'HUG',
    party: 'Pakistan',
    host: 'nowhere',
    status: 'checked',
    lanes: 'zigzag',
    lang: 'xx',
    theme: 'pink',
    embed: 'yes',
    present: '2',
  });
  await page.goto(`./?${search}`);
  await waitForTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SHIPPED_TITLE);
  await expect(page.getByRole('alert').filter({ hasText: 'javascript:alert(1)' })).toContainText(
    'is not allowed',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'time window' })).toContainText(
    'The time window “soon…later” is not valid; the whole timeline is shown instead.',
  );
  // Everything else quietly falls back: English, the default theme, one lane, not embedded, not
  // presenting, no filter that can never match; the search text is the person's, kept as text.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('combobox', { name: 'Lanes' })).toHaveValue('one');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
    '<img src=x onerror=alert(1)>',
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('');
  await expect(page.getByRole('status').filter({ hasText: / of \d+ events/ })).toHaveText(
    /^(\d+) of \1 events$/,
  );
});

test('100 KB in every parameter: the defaults, short messages, and a working page', async ({
  page,
}) => {
  await serveLongUrls(page);
  const huge = (prefix: string) => `${prefix}${'x'.repeat(100 * 1024)}`;
  const names = ['event', 'from', 'to', 'q', 'type', 'party', 'tag', 'series', 'host', 'status'];
  const search = new URLSearchParams([
    ['data', huge('https://example.org/')],
    ...names.map((name) => [name, huge('')]),
    ['lanes', huge('')],
    ['lang', huge('')],
    ['theme', huge('')],
    ['embed', huge('1')],
    ['present', huge('1')],
  ]);
  await page.goto(`./?${search}`);
  await waitForTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SHIPPED_TITLE);
  const data = page.getByRole('alert').filter({ hasText: 'dataset address' });
  await expect(data).toContainText('is not allowed');
  expect((await data.textContent())?.length).toBeLessThan(500);
  const window = page.getByRole('alert').filter({ hasText: 'time window' });
  await expect(window).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: / of \d+ events/ })).toHaveText(
    /^(\d+) of \1 events$/,
  );
});

test('a dataset address with another scheme, or another host in disguise, is refused with a message', async ({
  page,
}) => {
  for (const data of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:application/json,{"format":"bilateral-events"}',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    '//evil.example/data.json',
    '/\\evil.example/data.json',
    '\\/evil.example/data.json',
  ]) {
    await page.goto(`./?data=${encodeURIComponent(data)}`);
    await expect(
      page.getByRole('alert').filter({ hasText: 'dataset address' }),
      data,
    ).toContainText('is not allowed (only http, https or a relative path)');
    await waitForTimeline(page);
    await expect(page.getByRole('heading', { level: 1 }), data).toHaveText(SHIPPED_TITLE);
  }
  // The guards of this test fail it if any of these reached evil.example.
});

test('a right-to-left override in the address does not turn the message around', async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname.endsWith('nosj.x'),
    (route) => route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto(`./?data=${encodeURIComponent('\u202Enosj.x')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server answered 404');
  await expect(alert).toContainText('⟨U+202E⟩nosj.x');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
});

// ---- A dataset on another site -----------------------------------------------------------------

interface DatasetServer {
  readonly origin: string;
  /** Paths requested, in order. */
  readonly hits: string[];
}

const OTHER_TITLE = 'Served from another site';

/** A second HTTP server on another port: /cors/… allows any page to read it, /plain/… does not. */
const crossSite = test.extend<{ datasetServer: DatasetServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  datasetServer: async ({}, use) => {
    const body = JSON.stringify({ ...smallDataset(), title: OTHER_TITLE });
    const hits: string[] = [];
    const server = createServer((request, response) => {
      hits.push(request.url ?? '');
      const cors = request.url?.startsWith('/cors/') ?? false;
      response.writeHead(200, {
        'content-type': 'application/json',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      });
      response.end(body);
    });
    server.requestTimeout = 5_000;
    server.headersTimeout = 5_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await use({ origin: `http://127.0.0.1:${port}`, hits });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
  // The page talks to that server on purpose; the guards still fail on any other origin.
  allowedOrigins: async ({ datasetServer }, use) => {
    await use([datasetServer.origin]);
  },
});

/** Lets the two automatic retries of a network failure happen without waiting for them. */
async function skipRetries(page: Page, until: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 10 && !(await until()); i++) {
    await page.clock.fastForward(1_000);
    await page.waitForTimeout(50);
  }
}

crossSite(
  'a dataset on another site that allows it (CORS) loads where the page’s policy allows that site',
  async ({ page, datasetServer }) => {
    await allowConnectionsTo(page, datasetServer.origin);
    await page.goto(`./?data=${encodeURIComponent(`${datasetServer.origin}/cors/data.json`)}`);
    await waitForTimeline(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OTHER_TITLE);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(datasetServer.hits).toEqual(['/cors/data.json']);
  },
);

crossSite(
  'a dataset on another site that does not allow it is refused with a message naming that site and CORS',
  async ({ page, datasetServer }) => {
    await allowConnectionsTo(page, datasetServer.origin);
    await page.clock.install();
    const url = `${datasetServer.origin}/plain/data.json`;
    await page.goto(`./?data=${encodeURIComponent(url)}`);
    const alert = page.getByRole('alert');
    await skipRetries(page, () => alert.isVisible());
    await expect(alert).toContainText('The dataset could not be loaded');
    await expect(alert).toContainText(
      `The dataset could not be fetched from ${url}. It is on another site (${new URL(url).host}), which must allow this page to read it (CORS)`,
    );
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    // The request was made, and answered: it is the browser that keeps the answer from the page.
    expect(datasetServer.hits.length).toBeGreaterThan(0);
  },
);

crossSite(
  'under the strict policy this app is served with, another site’s dataset is refused, with the same clear message',
  async ({ page, datasetServer }) => {
    await page.clock.install();
    const url = `${datasetServer.origin}/cors/data.json`;
    await page.goto(`./?data=${encodeURIComponent(url)}`);
    const alert = page.getByRole('alert');
    await skipRetries(page, () => alert.isVisible());
    await expect(alert).toContainText(
      "which must allow this page to read it (CORS), and this page's Content-Security-Policy must allow connecting to it",
    );
    // The policy stopped the request before it left the browser.
    expect(datasetServer.hits).toEqual([]);
  },
);
