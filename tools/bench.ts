// The performance benchmark (issue: fast at any size). Builds nothing itself: `npm run bench`
// builds first. It serves dist/ and synthetic datasets on 127.0.0.1, drives headless Chromium,
// and prints a table of medians over repeated runs, plus bench-results/bench.json.
//
// Measured per dataset size (1k, 10k, 100k; add --million for 1M, or --sizes 100000,1000000):
// - ready: from the data arriving (performance mark after the download) to the timeline drawn
//   and interactive (mark after the first committed layout); and from navigation, since a large
//   file is read while it downloads;
// - heap: JS heap after a forced garbage collection, once ready;
// - frame work: for each step of a scripted sequence of wheel zooms and drag pans, the main-thread
//   time from the input event to the new window committed to the DOM and laid out (script, style
//   and layout of that frame; raster and compositing are not included);
// - frame interval: the time between animation frames while the same sequence is replayed as
//   real input, at one step per frame (60 Hz is 16.7 ms; a longer interval is a dropped frame);
// - search: from typing a query to the match count updating, where the page has a search box;
// - initial JS: gzip size of the scripts the first view needs.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { firstViewBytes } from './check-bundle-size';
import { findBrowser } from './lib/find-browser';

const args = process.argv.slice(2);
const SIZES = args.includes('--sizes')
  ? (args[args.indexOf('--sizes') + 1] ?? '')
      .split(',')
      .map(Number)
      .filter((n) => n > 0)
  : [1_000, 10_000, 100_000, ...(args.includes('--million') ? [1_000_000] : [])];
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const OUT_DIR = 'bench-results';
const DATA_DIR = join(OUT_DIR, 'data');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serve(): Promise<{ url: string; close: () => void }> {
  const roots: Record<string, string> = {
    '/bench-data/': resolve(DATA_DIR),
    '/': resolve(process.env.BENCH_DIST ?? 'dist'),
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(roots).find((p) => path.startsWith(p)) ?? '/';
    const root = roots[prefix]!;
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}

function ensureDataset(events: number): string {
  const file = join(DATA_DIR, `synth-${events}.json`);
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    const started = Date.now();
    const result = spawnSync(
      'npx',
      ['tsx', 'tools/synth-dataset.ts', '--events', String(events), '--seed', '42', '-o', file],
      {
        stdio: 'inherit',
      },
    );
    if (result.status !== 0) throw new Error(`synth failed for ${events} events`);
    console.log(`generated ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return `bench-data/synth-${events}.json`;
}

interface RunResult {
  readyMs: number;
  /** From navigation: a large file is read while it downloads, so part of the work is before. */
  pageReadyMs: number;
  heapMb: number;
  frameWorkMs: number[];
  frameIntervalMs: number[];
  searchMs: number | null;
}

async function runOnce(browser: Browser, baseUrl: string, dataPath: string): Promise<RunResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx names functions through a `__name` helper, which functions sent into the page lack.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${baseUrl}?data=${encodeURIComponent(dataPath)}`);
  await page.locator('.timeline[data-ready="true"]').waitFor({ timeout: 120_000 });
  const [readyMs, pageReadyMs] = await page.evaluate(() => {
    const received = performance.getEntriesByName('bilateral:data-received')[0];
    const ready = performance.getEntriesByName('bilateral:ready')[0];
    return [
      received && ready ? ready.startTime - received.startTime : Number.NaN,
      ready ? ready.startTime : Number.NaN,
    ];
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');

  const frameWorkMs = await measureFrameWork(page);
  const frameIntervalMs = await measureFrameIntervals(page);
  const searchMs = await measureSearch(page);
  await page.close();
  return {
    readyMs,
    pageReadyMs,
    heapMb: usedSize / 1024 / 1024,
    frameWorkMs,
    frameIntervalMs,
    searchMs,
  };
}

/** In-page: dispatch each step's input and time it until the new window is committed and laid out. */
function measureFrameWork(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const region = document.querySelector<HTMLElement>('.timeline');
    const viewport = document.querySelector<HTMLElement>('.timeline-viewport');
    if (!region || !viewport) return [];
    const box = viewport.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const committed = () =>
      new Promise<void>((done) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          done();
        });
        observer.observe(region, {
          attributes: true,
          attributeFilter: ['data-start-ms', 'data-end-ms'],
        });
      });
    const times: number[] = [];
    const step = async (dispatch: () => void) => {
      await nextFrame();
      const started = performance.now();
      const done = committed();
      dispatch();
      await done;
      region.getBoundingClientRect();
      void document.body.offsetHeight;
      times.push(performance.now() - started);
    };
    const wheel = (x: number, deltaY: number) => () =>
      viewport.dispatchEvent(
        new WheelEvent('wheel', {
          clientX: x,
          clientY: y,
          deltaY,
          bubbles: true,
          cancelable: true,
        }),
      );
    // d3-zoom follows a mouse drag from a press on the viewport through moves and the release on
    // the window; `buttons`: the primary button held (down, move) or not (up).
    const mouse =
      (type: string, x: number, buttons = 1) =>
      () =>
        (type === 'mousedown' ? viewport : window).dispatchEvent(
          new MouseEvent(type, {
            clientX: x,
            clientY: y,
            button: 0,
            buttons,
            bubbles: true,
            cancelable: true,
            view: window,
          }),
        );
    // Zoom in from decades towards months at three anchors, pan across, zoom back out.
    for (const x of [
      box.left + box.width * 0.75,
      box.left + box.width * 0.5,
      box.left + box.width * 0.3,
    ]) {
      for (let i = 0; i < 12; i++) await step(wheel(x, -120));
      mouse('mousedown', x)();
      for (let i = 1; i <= 15; i++) await step(mouse('mousemove', x - i * 25));
      mouse('mouseup', x - 375, 0)();
      for (let i = 0; i < 12; i++) await step(wheel(x, 120));
    }
    return times;
  });
}

/** Real input through the browser, one step per frame; the intervals between frames. */
async function measureFrameIntervals(page: Page): Promise<number[]> {
  const box = await page.locator('.timeline-viewport').boundingBox();
  if (!box) return [];
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.6, y);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, -100);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width * 0.6 - i * 20, y);
  await page.mouse.up();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 100);
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1).map((t, i) => t - w.__frames[i]!);
  });
}

async function measureSearch(page: Page): Promise<number | null> {
  const search = page.getByRole('searchbox', { name: 'Search events' });
  if ((await search.count()) === 0) return null;
  const status = page.getByRole('status').filter({ hasText: / of / });
  const before = await status.textContent();
  const started = Date.now();
  await search.fill('consultation 12');
  await page.waitForFunction(
    (previous) =>
      [...document.querySelectorAll('[role="status"]')].some(
        (s) => / of /.test(s.textContent ?? '') && s.textContent !== previous,
      ),
    before,
  );
  return Date.now() - started;
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

const server = await serve();
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
const rows: Record<string, unknown>[] = [];
try {
  for (const size of SIZES) {
    const dataPath = ensureDataset(size);
    const runs: RunResult[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await runOnce(browser, server.url, dataPath));
    const work = runs.flatMap((r) => r.frameWorkMs);
    const intervals = runs.flatMap((r) => r.frameIntervalMs);
    const row = {
      events: size,
      runs: RUNS,
      readyMs: Math.round(median(runs.map((r) => r.readyMs))),
      pageReadyMs: Math.round(median(runs.map((r) => r.pageReadyMs))),
      heapMb: Math.round(median(runs.map((r) => r.heapMb))),
      frameWorkMedianMs: +median(work).toFixed(1),
      frameWorkP95Ms: +percentile(work, 95).toFixed(1),
      frameIntervalMedianMs: +median(intervals).toFixed(1),
      frameIntervalP95Ms: +percentile(intervals, 95).toFixed(1),
      searchMs:
        runs[0]?.searchMs === null
          ? null
          : Math.round(median(runs.map((r) => r.searchMs ?? Number.NaN))),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await browser.close();
  server.close();
}

const bundle = await firstViewBytes(process.env.BENCH_DIST ?? 'dist');
console.log(
  `\nFirst view (JS + CSS, workers and chunks it loads): ${(bundle.totalBytes / 1024).toFixed(1)} KB gzip (budget 150 KB)\n`,
);
console.log(
  '| events | ready after arrival (ms) | ready from navigation (ms) | heap (MB) | frame work median / p95 (ms) | frame interval median / p95 (ms) | search (ms) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${Number(r.events).toLocaleString('en')} | ${r.readyMs} | ${r.pageReadyMs} | ${r.heapMb} | ${r.frameWorkMedianMs} / ${r.frameWorkP95Ms} | ${r.frameIntervalMedianMs} / ${r.frameIntervalP95Ms} | ${r.searchMs ?? '–'} |`,
  );
}
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(
  join(OUT_DIR, 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), firstViewGzipBytes: bundle.totalBytes, results: rows }, null, 2)}\n`,
);
console.log(`\nwrote ${join(OUT_DIR, 'bench.json')}`);
