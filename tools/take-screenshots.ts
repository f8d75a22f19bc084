// Screenshots of the real page on the shipped dataset, for the README: 1280 px and 360 px wide.
// Usage: npm run screenshots   (builds first; serves dist/ on a local port)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { findBrowser } from './lib/find-browser';

const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}/`;

const SHOTS = [
  { file: 'docs/screenshot-desktop.png', width: 1280, height: 860, path: '?from=2012&to=2025' },
  {
    file: 'docs/screenshot-details.png',
    width: 1280,
    height: 1000,
    path: '?event=cpec-jwg-icc-4&from=2021-06&to=2024-06',
  },
  { file: 'docs/screenshot-phone.png', width: 360, height: 780, path: '?from=2019&to=2025' },
  {
    file: 'docs/screenshot-phone-details.png',
    width: 360,
    height: 780,
    path: '?event=cpec-jwg-icc-4',
  },
];

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
  {
    stdio: 'ignore',
  },
);
try {
  await waitForServer(BASE, 30_000);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: CHROMIUM_ARGS,
  });
  mkdirSync('docs', { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(BASE + shot.path);
    await page.locator('[data-ready="true"]').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
