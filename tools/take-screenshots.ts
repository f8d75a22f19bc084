// Screenshots of the real page on the shipped dataset, for the README and for looking at the
// layout: 360, 1280 and 1920 px wide, in English and in Urdu (right to left).
// Usage: npm run screenshots   (builds first; serves dist/ on a local port, SCREENSHOTS_PORT or 4199)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import type { Messages } from '../src/i18n/messages-en';
import { en } from '../src/i18n/messages-en';
import { ur } from '../src/i18n/messages-ur';
import { findBrowser } from './lib/find-browser';

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4199);
const BASE = `http://127.0.0.1:${PORT}/`;

/** What to do on the page before the picture, by role and name as a reader would. */
type Step = 'open-menu' | 'open-filters';

interface Shot {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly path: string;
  readonly steps?: readonly Step[];
  /** What shows the page is drawn (presenter mode has no timeline). */
  readonly ready?: string;
  /** Shown inside an iframe of a news page, as an embed. */
  readonly framed?: boolean;
}

const RECENT = 'from=2012&to=2025';
const EVENT = 'event=cpec-jwg-icc-4&from=2021-06&to=2024-06';

const SHOTS: readonly Shot[] = [
  // The names the README uses.
  { file: 'docs/screenshot-desktop.png', width: 1280, height: 860, path: `?${RECENT}` },
  { file: 'docs/screenshot-details.png', width: 1280, height: 1000, path: `?${EVENT}` },
  { file: 'docs/screenshot-phone.png', width: 360, height: 780, path: '?from=2019&to=2025' },
  {
    file: 'docs/screenshot-phone-details.png',
    width: 360,
    height: 780,
    path: '?event=cpec-jwg-icc-4',
  },
  // A wide screen, the filters beside the timeline, the phone's header menu.
  { file: 'docs/screenshot-wide.png', width: 1920, height: 1080, path: `?${RECENT}` },
  { file: 'docs/screenshot-wide-details.png', width: 1920, height: 1080, path: `?${EVENT}` },
  {
    file: 'docs/screenshot-filters.png',
    width: 1280,
    height: 860,
    path: `?${RECENT}&tag=cpec`,
    steps: ['open-filters'],
  },
  {
    file: 'docs/screenshot-phone-menu.png',
    width: 360,
    height: 740,
    path: '?from=2019&to=2025',
    steps: ['open-menu'],
  },
  // Urdu, right to left.
  {
    file: 'docs/screenshot-ur-phone.png',
    width: 360,
    height: 780,
    path: '?lang=ur&from=2019&to=2025',
  },
  {
    file: 'docs/screenshot-ur-phone-menu.png',
    width: 360,
    height: 740,
    path: '?lang=ur&from=2019&to=2025',
    steps: ['open-menu'],
  },
  { file: 'docs/screenshot-ur-desktop.png', width: 1280, height: 860, path: `?lang=ur&${RECENT}` },
  { file: 'docs/screenshot-ur-details.png', width: 1280, height: 1000, path: `?lang=ur&${EVENT}` },
  { file: 'docs/screenshot-ur-wide.png', width: 1920, height: 1080, path: `?lang=ur&${RECENT}` },
  // Stories (docs/stories.md): presenting one, and one embedded in a news page.
  {
    file: 'docs/screenshot-story-presenter.png',
    width: 1280,
    height: 720,
    path: '?present=1&story=cpec-meetings-and-phases&step=7',
    ready: '.present-caption',
  },
  {
    file: 'docs/screenshot-story-embed.png',
    width: 900,
    height: 1000,
    path: '?embed=1&story=seven-decades&step=4',
    framed: true,
  },
];

const HOST_PATH = '__newsroom-article__.html';
const hostPage = (src: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A newsroom article</title></head><body style="margin:0;background:#fff;font:18px/1.5 Georgia,serif">
<main style="max-width:820px;margin:0 auto;padding:24px">
<h1 style="margin:0 0 8px;font-size:30px">Seven decades of a friendship</h1>
<p style="margin:0 0 16px;color:#444">Step through the milestones below, or open the full timeline.</p>
<iframe src="${src}" title="China–Pakistan relations: interactive timeline" width="100%" height="780"
 style="border:1px solid #ccc;display:block"></iframe></main></body></html>`;

const messagesFor = (path: string): Messages => (path.includes('lang=ur') ? ur : en);

async function run(page: Page, step: Step, messages: Messages): Promise<void> {
  switch (step) {
    case 'open-menu':
      await page.getByRole('button', { name: messages.menu }).click();
      await page.getByRole('combobox', { name: messages.theme }).waitFor();
      return;
    case 'open-filters':
      await page.getByRole('button', { name: new RegExp(`^${messages.filters}`) }).click();
      await page.getByRole('group', { name: messages.years }).waitFor();
      return;
  }
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not start at ${url}`);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  // Its own process group, so that stopping it stops the server npx started, not only npx.
  { stdio: 'ignore', detached: true },
);
try {
  await waitForServer(BASE, 30_000);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: CHROMIUM_ARGS,
  });
  mkdirSync('docs', { recursive: true });
  for (const shot of SHOTS) {
    const phone = shot.width < 600;
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      isMobile: phone,
      hasTouch: phone,
    });
    if (shot.framed) {
      await page.route(`**/${HOST_PATH}`, (route) =>
        route.fulfill({ contentType: 'text/html', body: hostPage(`./${shot.path}`) }),
      );
      await page.goto(BASE + HOST_PATH);
      await page.frameLocator('iframe').locator('[data-ready="true"]').waitFor();
    } else {
      await page.goto(BASE + shot.path);
      await page.locator(shot.ready ?? '[data-ready="true"]').waitFor();
    }
    for (const step of shot.steps ?? []) await run(page, step, messagesFor(shot.path));
    // Moves made by code are animated: let them settle.
    await page.waitForTimeout(shot.framed ? 900 : 300);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  if (server.pid !== undefined) process.kill(-server.pid);
}
