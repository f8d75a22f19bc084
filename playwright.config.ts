import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './tools/lib/find-browser';

// CHROMIUM_PATH, the system's Chromium or Playwright's download: the same choice
// tools/ensure-browser.ts made (and installed for) before this run.
const executablePath = findBrowser();

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
    // A service worker would answer later navigations itself, out of page.route's sight; the
    // offline journeys allow it where they need it.
    serviceWorkers: 'block',
    // Moves made by code animate for 300 ms; journeys read the window where it lands. The
    // animation itself has its own journey (explore.spec.ts), with motion allowed.
    reducedMotion: 'reduce',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // Serves the production build, as a newsroom would host it.
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
