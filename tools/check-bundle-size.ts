// The first-view budget: all JavaScript and CSS a first visit fetches before the default timeline
// is interactive — the entry, its static imports, the stylesheets, the parse worker and whatever
// chunk the default view loads, each file once — must stay at or under 150 KB gzip.
// It is measured by a visit, not guessed from the build: dist/ is served on 127.0.0.1 (an
// ephemeral port unless BUNDLE_PORT is set), headless Chromium opens the default view, and every
// script and stylesheet requested until the timeline says data-ready="true" is counted.
// Usage: npm run build && tsx tools/check-bundle-size.ts [--json]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

export const BUDGET_BYTES = 150 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serveDist(distDir: string, port: number): Promise<{ url: string; close: () => void }> {
  const root = resolve(distDir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${address.port}/`, close: () => server.close() });
    });
  });
}

export interface FirstView {
  readonly files: { file: string; gzipBytes: number }[];
  readonly totalBytes: number;
}

/** The scripts and stylesheets a first visit to the default view fetches, gzip-sized. */
export async function firstViewBytes(distDir: string, port = 0): Promise<FirstView> {
  const server = await serveDist(distDir, port);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    // The service worker's install crawls every asset for offline use, in the background and
    // after the view is up; it is left out, as it is not what the first view waits for.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    // Responses to the page and to its workers both reach the context, with when each request
    // started. A script the page only probes for (the offline build's embedded dataset) is not
    // there: nothing is fetched.
    const started = new Map<string, number>();
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== new URL(server.url).origin || !response.ok()) return;
      if (!/\.(js|css)$/.test(url.pathname)) return;
      const startMs = response.request().timing().startTime;
      started.set(url.pathname, Math.min(startMs, started.get(url.pathname) ?? startMs));
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('.timeline[data-ready="true"]').waitFor({ timeout: 60_000 });
    // The page marks the moment its timeline is drawn and interactive; what is fetched after it
    // (code prefetched for later, such as the details panel) is not the first view's.
    const readyAtMs = await page.evaluate(
      () =>
        performance.timeOrigin +
        (performance.getEntriesByName('bilateral:ready')[0]?.startTime ?? 0),
    );
    await page.waitForTimeout(1000);
    const fetched = [...started]
      .filter(([, startMs]) => startMs <= readyAtMs)
      .map(([path]) => path);
    const files = fetched.sort().map((path) => {
      const file = join(distDir, decodeURIComponent(path));
      return { file, gzipBytes: gzipSync(readFileSync(file), { level: 9 }).byteLength };
    });
    return { files, totalBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, totalBytes } = await firstViewBytes('dist', Number(process.env.BUNDLE_PORT ?? 0));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ totalBytes, budgetBytes: BUDGET_BYTES, files }));
  } else {
    for (const f of files)
      console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${f.file}`);
    console.log(
      `${(totalBytes / 1024).toFixed(1).padStart(7)} KB  first view: JS and CSS (gzip), budget ${BUDGET_BYTES / 1024} KB`,
    );
  }
  if (totalBytes > BUDGET_BYTES) {
    console.error(`Over budget by ${((totalBytes - BUDGET_BYTES) / 1024).toFixed(1)} KB.`);
    process.exit(1);
  }
}
