import type { Frame, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { timeline, visibleWindow, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// A news site embeds the timeline in a sandboxed iframe, with embed.js to size it. The host page
// is served from the same test server, at a path the app does not use.

const HOST_PATH = '__host__.html';

// The app's service worker would answer the host page's navigation from the real server, out of
// page.route's reach; these journeys are about the frame, not offline visits.
const SANDBOX = 'allow-scripts allow-same-origin allow-popups';

interface HostWindow {
  resizeMessages: { type: string; height: number }[];
}

/** Serves a host page around `body`, recording the messages its frames post. */
async function serveHost(page: Page, body: string): Promise<void> {
  await page.route(`**/${HOST_PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host newsroom page</title></head>
<body style="margin:0;font-family:sans-serif"><main>
<h1>Host article</h1><div style="height:1400px">Article text before the graphic.</div>
${body}
<div style="height:2400px">Article text after the graphic.</div></main></body></html>`,
    }),
  );
  // In the host only (not in the frame): a record of what the frames tell it.
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const host = window as unknown as HostWindow;
    host.resizeMessages = [];
    window.addEventListener('message', (event) => {
      if (event.data?.type === 'bilateral-timeline:resize') host.resizeMessages.push(event.data);
    });
  });
}

const frameHtml = (src: string, extra = '') =>
  `<iframe src="${src}" title="China–Pakistan timeline" width="100%" height="500" style="border:0;display:block" sandbox="${SANDBOX}" data-bilateral-timeline ${extra}></iframe>
<script src="./embed.js"></script>`;

async function embeddedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-bilateral-timeline]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

const resizeMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as HostWindow).resizeMessages);

test('the frame tells the host its height, and embed.js sizes the frame to it', async ({
  page,
}) => {
  await serveHost(page, frameHtml('./?embed=1&from=2023-12&to=2024-02'));
  await page.goto(`./${HOST_PATH}`);
  const frame = page.frameLocator('iframe[data-bilateral-timeline]');
  await frame
    .getByRole('region', { name: 'Timeline' })
    .and(frame.locator('[data-ready="true"]'))
    .waitFor();

  await expect.poll(async () => (await resizeMessages(page)).length).toBeGreaterThan(0);
  const reported = (await resizeMessages(page)).at(-1)?.height ?? 0;
  expect(reported).toBeGreaterThan(500);
  // The frame is as tall as its content: nothing inside scrolls, nothing is cut off.
  await expect
    .poll(() => page.locator('iframe').evaluate((e) => e.getBoundingClientRect().height))
    .toBe(Math.min(4000, reported));
  const inner = await embeddedFrame(page);
  expect(
    await inner.evaluate(
      () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
    ),
  ).toBeLessThanOrEqual(1);

  // Embed mode: no banner, no search; the title stays for screen readers; attribution and the
  // way to the full view stay visible.
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('searchbox')).toHaveCount(0);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('China–Pakistan relations');
  await expect(frame.getByRole('contentinfo')).toContainText('Data:');
  await expect(frame.getByRole('link', { name: /Open full view/ })).toBeVisible();

  // Opening an event makes the content taller; the host hears of it.
  const before = (await resizeMessages(page)).length;
  await frame
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /^4th meeting of the CPEC Joint Working Group/ })
    .click();
  await expect(frame.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expect.poll(async () => (await resizeMessages(page)).length).toBeGreaterThan(before);
});

test('embed.js only listens to its own frames, and clamps what they say', async ({ page }) => {
  await serveHost(page, frameHtml('./?embed=1'));
  await page.goto(`./${HOST_PATH}`);
  const frame = page.frameLocator('iframe[data-bilateral-timeline]');
  await frame.locator('[data-ready="true"]').waitFor();
  const iframe = page.locator('iframe[data-bilateral-timeline]');
  const height = () => iframe.evaluate((e) => e.getBoundingClientRect().height);
  const lastReported = async () => (await resizeMessages(page)).at(-1)?.height;
  await expect.poll(async () => (await height()) === (await lastReported())).toBe(true);
  const settled = await height();
  expect(settled).toBeGreaterThan(500);

  // A message from the host window itself (not the frame) changes nothing.
  await page.evaluate(() =>
    window.postMessage({ type: 'bilateral-timeline:resize', height: 321 }, '*'),
  );
  await page.waitForTimeout(200);
  expect(await height()).toBe(settled);

  // The frame claiming absurd heights is held to 200..4000 px.
  const inner = await embeddedFrame(page);
  await inner.evaluate(() =>
    window.parent.postMessage({ type: 'bilateral-timeline:resize', height: 99_999 }, '*'),
  );
  await expect.poll(height).toBe(4000);
  await inner.evaluate(() =>
    window.parent.postMessage({ type: 'bilateral-timeline:resize', height: 3 }, '*'),
  );
  await expect.poll(height).toBe(200);
});

test('working the timeline inside the frame never scrolls the host page', async ({ page }) => {
  await serveHost(page, frameHtml('./?embed=1&from=2023-12&to=2024-02'));
  await page.goto(`./${HOST_PATH}`);
  const frame = page.frameLocator('iframe[data-bilateral-timeline]');
  await frame
    .getByRole('region', { name: 'Timeline' })
    .and(frame.locator('[data-ready="true"]'))
    .waitFor();
  // Loading the frame moved nothing.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect.poll(async () => (await resizeMessages(page)).length).toBeGreaterThan(0);

  // Bring the graphic's top into view, as a reader would, and remember where the host is.
  await page.evaluate(() => window.scrollTo(0, 1400));
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBe(1400);

  const marks = frame.getByRole('region', { name: 'Timeline' });
  await marks.getByRole('button', { name: /^CPEC Corner/ }).click();
  await expect(frame.getByRole('region', { name: 'Event details' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(frame.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  // The focus is back on the event at once, so the keys that follow reach the timeline. (It used
  // to come back an animation frame later: keys pressed in between went to the frame's body.)
  expect(
    await marks
      .getByRole('button', { name: /^CPEC Corner/ })
      .evaluate((mark) => mark === document.activeElement),
  ).toBe(true);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('region', { name: 'Event details' })).toBeVisible();
  await page.keyboard.press('Escape');
  await frame.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
});

test('the snippet from the Embed dialog shows the same view, in a frame of the same size', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?event=cpec-jwg-icc-4&from=2023-12&to=2024-02&theme=dark&tag=cpec');
  await waitForTimeline(page);
  const full = await visibleWindow(page);

  const opener = page.getByRole('button', { name: 'Embed' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  const snippet = await code.inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1"/);
  expect(snippet).toContain('event=cpec-jwg-icc-4');
  expect(snippet).toContain('theme=dark');
  expect(snippet).toContain('tag=cpec');
  expect(snippet).toContain('data-bilateral-timeline');
  expect(snippet).toContain('title="China–Pakistan relations: interactive timeline"');
  expect(snippet).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Code copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  // Without the script the frame keeps a fixed height.
  await dialog.getByRole('checkbox', { name: /Resize the frame/ }).uncheck();
  await expect(code).not.toHaveValue(/embed\.js/);
  await dialog.getByRole('checkbox', { name: /Resize the frame/ }).check();

  // Escape closes it and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await serveHost(page, snippet);
  await page.goto(`./${HOST_PATH}`);
  const frame = page.frameLocator('iframe[data-bilateral-timeline]');
  await expect(
    frame.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(/4th meeting of the CPEC Joint Working Group/);
  const inner = await embeddedFrame(page);
  await inner.locator('[data-ready="true"]').waitFor();
  const embedded = {
    startMs: Number(await inner.locator('.timeline').getAttribute('data-start-ms')),
    endMs: Number(await inner.locator('.timeline').getAttribute('data-end-ms')),
  };
  // The URL keeps the window to the day.
  expect(Math.abs(embedded.startMs - full.startMs)).toBeLessThan(86_400_000);
  expect(Math.abs(embedded.endMs - full.endMs)).toBeLessThan(86_400_000);
  expect(await inner.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect.poll(async () => (await resizeMessages(page)).length).toBeGreaterThan(0);
});

test('"Open full view" opens the same view, without embed mode, in a new tab', async ({
  page,
  context,
}) => {
  await page.goto('./?embed=1&event=cpec-jwg-icc-4&from=2023-12&to=2024-02&type=CONSULT');
  await waitForTimeline(page);
  const link = page.getByRole('link', { name: /Open full view/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  const href = (await link.getAttribute('href')) ?? '';
  const params = new URL(href, page.url()).searchParams;
  expect(params.get('embed')).toBeNull();
  expect(params.get('event')).toBe('cpec-jwg-icc-4');
  expect(params.get('from')).toBe('2023-12-01');
  expect(params.get('to')).toBe('2024-02-29');
  expect(params.get('type')).toBe('CONSULT');

  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForLoadState();
  await expect(full.getByRole('banner')).toBeVisible();
  await expect(
    full.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(/4th meeting/);
  await expect(full).toHaveURL(/type=CONSULT/);
  await expect(timeline(full)).toHaveAttribute('data-ready', 'true');
});

test('a standalone embed page has no axe violations, with or without an event open', async ({
  page,
}) => {
  await page.goto('./?embed=1');
  await waitForTimeline(page);
  await expectNoAxeViolations(page, 'embed');
  await page.goto('./?embed=1&event=cpec-jwg-icc-4&theme=dark');
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expectNoAxeViolations(page, 'embed with details, dark');
});

test('the embed fits a 300 px column', async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 700 });
  await page.goto('./?embed=1&event=cpec-jwg-icc-4');
  await waitForTimeline(page);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: /Open full view/ })).toBeVisible();
});
