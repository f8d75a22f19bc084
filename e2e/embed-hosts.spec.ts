import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FrameLocator, Page } from '@playwright/test';
import { timeline, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// The pages a newsroom's CMS puts around the embed: a plain page with embed.js, an AMP-style page
// (AMP's and Embedly's height messages), a Pym.js parent (the real library), a CMS that pastes
// the oEmbed response, and a story page whose address follows the embed. Each host page is served
// by the test server's origin, at a path the app does not use, without a policy of its own; the
// embedded app keeps the preview server's strict one.

const HOST_PATH = '__cms-host__.html';
const PYM_PATH = '__pym__.js';
const PYM_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'),
  'utf8',
);

async function serveHost(page: Page, body: string): Promise<void> {
  await page.route(`**/${HOST_PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host newsroom page</title></head>
<body style="margin:0;font-family:sans-serif"><main><h1>Host article</h1><p>Article text.</p>
${body}
<p>More article text.</p></main></body></html>`,
    }),
  );
  await page.route(`**/${PYM_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: PYM_SOURCE }),
  );
}

const ready = (frame: FrameLocator) =>
  frame.getByRole('region', { name: 'Timeline' }).and(frame.locator('[data-ready="true"]'));

const frameHeight = (page: Page) =>
  page.locator('iframe').evaluate((e) => Math.round(e.getBoundingClientRect().height));

/** The embedded document's own height, as the frame sees it. */
async function contentHeight(page: Page): Promise<number> {
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

test('a page that listens as AMP and Embedly do hears the height, and sizes the frame by it', async ({
  page,
}) => {
  // What amp-iframe (resizable) and an Embedly-aware CMS do with the frame's messages.
  await serveHost(
    page,
    `<iframe id="graphic" src="./?embed=1&amp;from=2023-12&amp;to=2024-02" title="China–Pakistan timeline" width="100%" height="300" style="border:0;display:block"></iframe>
<script>
  window.heard = [];
  const frame = document.getElementById('graphic');
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const data = event.data;
    window.heard.push(data);
    if (data && data.sentinel === 'amp' && data.type === 'embed-size') frame.style.height = data.height + 'px';
  });
</script>`,
  );
  await page.goto(`./${HOST_PATH}`);
  const frame = page.frameLocator('iframe');
  await ready(frame).waitFor();

  const heard = () => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
  await expect.poll(async () => frameHeight(page)).toBeGreaterThan(500);
  expect(await frameHeight(page)).toBe(await contentHeight(page));
  const last = (await heard()).slice(-3);
  const height = await contentHeight(page);
  // Our own, AMP's and Embedly's; nothing but the height in any of them.
  expect(last).toEqual([
    { type: 'bilateral-timeline:resize', height },
    { sentinel: 'amp', type: 'embed-size', height },
    { context: 'iframe.resize', height },
  ]);
  // Without a Pym.js parent's childId, no Pym message.
  expect((await heard()).some((message) => typeof message === 'string')).toBe(false);
});

test('a Pym.js parent sizes the frame it made from the height the page sends', async ({ page }) => {
  await serveHost(
    page,
    `<div id="graphic"></div>
<script src="./${PYM_PATH}"></script>
<script>window.pymParent = new pym.Parent('graphic', './?embed=1&from=2023-12&to=2024-02', {});</script>`,
  );
  await page.goto(`./${HOST_PATH}`);
  const frame = page.frameLocator('#graphic iframe');
  await ready(frame).waitFor();
  // Pym's iframe carries childId and initialWidth; Pym's parent sets the height it is sent.
  await expect.poll(async () => frameHeight(page)).toBeGreaterThan(500);
  await expect
    .poll(async () => (await frameHeight(page)) === (await contentHeight(page)))
    .toBe(true);

  // Opening an event makes the content taller: Pym hears of it too.
  const before = await frameHeight(page);
  await frame
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /^4th meeting of the CPEC Joint Working Group/ })
    .click();
  await expect(frame.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expect.poll(async () => frameHeight(page)).not.toBe(before);
  await expect
    .poll(async () => (await frameHeight(page)) === (await contentHeight(page)))
    .toBe(true);
});

test('the build answers oEmbed: valid JSON, named by the page, whose HTML shows the timeline', async ({
  page,
  request,
}) => {
  await page.goto('./');
  await waitForTimeline(page);
  const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(discovery).toHaveCount(1);
  const href = await discovery.evaluate((link: HTMLLinkElement) => link.href);
  const response = await request.get(href);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('json');
  const oembed = await response.json();
  expect(oembed).toMatchObject({
    version: '1.0',
    type: 'rich',
    provider_name: 'Bilateral',
    width: expect.any(Number),
    height: expect.any(Number),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  });
  // The title is the view's text description, with the dataset's title.
  expect(oembed.title).toMatch(/^China–Pakistan relations: \d+ events from 1950 to 20\d\d/);
  expect(oembed.html).toMatch(/^<iframe src="[^"]*\?embed=1" title="[^"]+"/);

  // Open Graph and Twitter cards name a preview image that is there.
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[property="og:title"]')).toBe('China–Pakistan relations');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  const image = await request.get(
    new URL((await meta('meta[property="og:image"]')) ?? '', page.url()).href,
  );
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');
  const thumbnail = await request.get(new URL(oembed.thumbnail_url, href).href);
  expect(thumbnail.ok()).toBe(true);

  // A CMS puts the response's HTML in its page: the timeline shows, and embed.js sizes it.
  await serveHost(page, oembed.html);
  await page.goto(`./${HOST_PATH}`);
  const frame = page.frameLocator('iframe[data-bilateral-timeline]');
  await ready(frame).waitFor();
  await expect.poll(async () => frameHeight(page)).not.toBe(oembed.height);
  await expect
    .poll(async () => (await frameHeight(page)) === (await contentHeight(page)))
    .toBe(true);
});

const SYNCED = (src: string, sync = true) =>
  `<iframe src="${src}" title="China–Pakistan timeline" width="100%" height="600" style="border:0;display:block" sandbox="allow-scripts allow-same-origin allow-popups" data-bilateral-timeline${sync ? ' data-bilateral-sync' : ''}></iframe>
<script src="./embed.js" async></script>`;

const hostHash = (page: Page) => page.evaluate(() => window.location.hash);

test('with data-bilateral-sync, the host address opens the embed there and follows it', async ({
  page,
}) => {
  await serveHost(page, SYNCED('./?embed=1&amp;from=2023-12&amp;to=2024-02'));
  // A reader arrives by a link to a place in the story.
  await page.goto(`./${HOST_PATH}#comments&bilateral-event=cpec-jwg-icc-4`);
  const frame = page.frameLocator('iframe');
  const details = frame.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    /^4th meeting of the CPEC Joint Working Group/,
  );
  // The host's page did not move, nor lose its own part of the address.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await hostHash(page)).toBe('#comments&bilateral-event=cpec-jwg-icc-4');

  // Another event opened in the frame: the host's address follows, without a new history entry.
  const entries = await page.evaluate(() => history.length);
  await frame
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /^CPEC Corner/ })
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/^CPEC Corner/);
  const corner = await frame
    .locator('body')
    .evaluate(() => new URLSearchParams(window.location.search).get('event'));
  await expect.poll(() => hostHash(page)).toBe(`#comments&bilateral-event=${corner}`);
  // The frame's own step is the one history entry; the host's address was replaced, not pushed.
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);

  // Closed: the host's address keeps only its own part.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect.poll(() => hostHash(page)).toBe('#comments');

  // A link on the host page to another place moves the embed.
  await page.evaluate(() => {
    window.location.hash = 'bilateral-event=think-tanks-forum-4';
  });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    /^4th Pakistan–China Think Tanks Forum/,
  );
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a story step in the host address reaches the embed, and the embed reports its steps', async ({
  page,
}) => {
  await serveHost(page, SYNCED('./?embed=1&amp;from=2023-12&amp;to=2024-02'));
  await page.goto(`./${HOST_PATH}`);
  const frame = page.frameLocator('iframe');
  await ready(frame).waitFor();
  await expect.poll(async () => frameHeight(page)).toBeGreaterThan(600);
  const inner = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!inner) throw new Error('no frame');
  // The embed has written its window to its own address (it does once, after loading).
  await expect.poll(() => inner.evaluate(() => window.location.search)).toMatch(/from=2023-12-01/);
  // The reader follows a link on the host page to a story's step: the embed takes the story and
  // step as its own story/step parameters (BRIEF.md), which the stories read.
  await page.evaluate(() => {
    window.location.hash = 'bilateral-story=cpec-in-ten-steps&bilateral-step=3';
  });
  await expect
    .poll(() => inner.evaluate(() => window.location.search))
    .toMatch(/story=cpec-in-ten-steps&step=3/);
  // The story moves on inside the embed (as its own controls do): the host's address follows.
  await inner.evaluate(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('step', '4');
    history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect
    .poll(() => hostHash(page))
    .toBe('#bilateral-story=cpec-in-ten-steps&bilateral-step=4');
});

test('without data-bilateral-sync, nothing of the host address is read or changed', async ({
  page,
}) => {
  await serveHost(page, SYNCED('./?embed=1&amp;from=2023-12&amp;to=2024-02', false));
  await page.goto(`./${HOST_PATH}#bilateral-event=cpec-jwg-icc-4`);
  const frame = page.frameLocator('iframe');
  await ready(frame).waitFor();
  await expect.poll(async () => frameHeight(page)).toBeGreaterThan(600);
  await expect(frame.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  await frame
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /^CPEC Corner/ })
    .click();
  await expect(frame.getByRole('region', { name: 'Event details' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await hostHash(page)).toBe('#bilateral-event=cpec-jwg-icc-4');
});

test('the timeline describes its view in words, and the words follow the window', async ({
  page,
}) => {
  await page.goto('./?embed=1');
  await waitForTimeline(page);
  const region = timeline(page);
  await expect(region).toHaveAccessibleDescription(
    /\d+ events from 1950 to 20\d\d; busiest year \d{4}\./,
  );
  await expect(region).not.toHaveAccessibleDescription(/in view:/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(region).toHaveAccessibleDescription(/; in view: \d{4} to \d{4}, \d+ events?/);

  // In Urdu, the same in Urdu.
  await page.goto('./?lang=ur&from=2013&to=2016');
  const urdu = page.locator('.timeline[data-ready="true"]');
  await expect(urdu).toHaveAccessibleDescription(/منظر میں/);
});

test('a first visit fetches nothing twice and starts no worker for a small dataset', async ({
  page,
}) => {
  // The tab's icon is the browser's own: Chromium asks for it again when the page writes its
  // window into its address (a same-document navigation); the page never fetches it.
  const requested: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/favicon.svg')) requested.push(request.url());
  });
  await page.goto('./');
  await waitForTimeline(page);
  await page.waitForTimeout(500);
  expect(requested.filter((url, i) => requested.indexOf(url) !== i)).toEqual([]);
  expect(requested.filter((url) => /parse-worker/.test(url))).toEqual([]);
  expect(requested.filter((url) => url.endsWith('data/china-pakistan.json'))).toHaveLength(1);
});
