import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';

export const SMALL_DATASET = readFileSync(
  new URL('../fixtures/small.json', import.meta.url),
  'utf8',
);

export interface DatasetDocument {
  format: string;
  version: number;
  title?: string;
  parties: { code: string; name: string }[];
  sources?: unknown[];
  events: unknown[];
}

export function smallDataset(): DatasetDocument {
  return JSON.parse(SMALL_DATASET);
}

/** Serves `body` wherever the page asks for the dataset path, with an optional status. */
export async function serveDataset(
  page: Page,
  body: string,
  options: { path?: string; status?: number; contentType?: string } = {},
): Promise<void> {
  await page.route(`**/${options.path ?? 'data/china-pakistan.json'}`, (route: Route) =>
    route.fulfill({
      status: options.status ?? 200,
      contentType: options.contentType ?? 'application/json',
      body,
    }),
  );
}

export const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

export async function waitForTimeline(page: Page): Promise<void> {
  await timeline(page).and(page.locator('[data-ready="true"]')).waitFor();
}

export async function visibleWindow(page: Page): Promise<{ startMs: number; endMs: number }> {
  const region = timeline(page);
  return {
    startMs: Number(await region.getAttribute('data-start-ms')),
    endMs: Number(await region.getAttribute('data-end-ms')),
  };
}
