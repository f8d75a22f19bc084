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
];

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
    await page.goto(BASE + shot.path);
    await page.locator('[data-ready="true"]').waitFor();
    for (const step of shot.steps ?? []) await run(page, step, messagesFor(shot.path));
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  if (server.pid !== undefined) process.kill(-server.pid);
}
