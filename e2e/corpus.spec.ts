import { readdirSync, readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { timeline, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// Every file of the bad-input corpus (tests/corpus, described in its README.md and manifest.json)
// opened the way a student or a newsroom would: ?data=corpus/<file>. For each, what the manifest
// says a person must see: an alert naming the problem, every good event still on the timeline,
// payloads shown as text; and what must never happen: a script run, a dialog, a blank page.

interface CorpusEntry {
  readonly file: string;
  readonly breaks: string;
  /** Fragments of the alert's text, in any order; none means no alert at all. */
  readonly alert: readonly string[];
  /** Titles (or their beginnings) of the good events that must be on the timeline. */
  readonly events: readonly string[];
  /** The whole file is rejected (DATA.md: not JSON, or no format, version, parties or events). */
  readonly rejected?: boolean;
  /** Text that must appear as text (not be interpreted as HTML) on the page. */
  readonly literal?: readonly string[];
  /** Text that must not appear on the page at all. */
  readonly absent?: readonly string[];
  /** An event to open with ?event=, so that its details (and their payloads) are shown. */
  readonly open?: string;
  /** Every link on the page must be http: or https: (or the app's own). */
  readonly linksOnlyHttp?: boolean;
  /** The alert stays readable however long the bad value was. */
  readonly maxAlertChars?: number;
  /** Not committed: made by this spec (see generateBigFile). */
  readonly generated?: { readonly bytes: number; readonly bad: Record<string, unknown> };
}

const CORPUS = new URL('../tests/corpus/', import.meta.url);
const { files: ENTRIES } = JSON.parse(readFileSync(new URL('manifest.json', CORPUS), 'utf8')) as {
  files: CorpusEntry[];
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  html: 'text/html',
};

/**
 * The 20 MB file: the three good events, the bad one at index 1, then about 20,000 padding events
 * in 1900–1949 (outside the window the test looks at) with long summaries. Made once per worker.
 */
let bigFile: Buffer | undefined;
function generateBigFile(entry: CorpusEntry): Buffer {
  if (bigFile) return bigFile;
  const good = (id: string, date: string, title: string) => ({ id, date, title, type: 'CONSULT' });
  const events: unknown[] = [
    good('good-alpha', '2021-03-04', 'Good event Alpha'),
    entry.generated?.bad,
    good('good-bravo', '2022-05-06', 'Good event Bravo'),
    good('good-charlie', '2023-07-08', 'Good event Charlie'),
  ];
  const head = {
    format: 'bilateral-events',
    version: 1,
    title: 'Corpus: big-20mb.json',
    parties: [
      { code: 'PAK', name: 'Pakistan' },
      { code: 'CHN', name: 'China' },
    ],
  };
  const summary = 'Padding to make the file large. '.repeat(30);
  let size = JSON.stringify({ ...head, events }).length;
  for (let i = 0; size < (entry.generated?.bytes ?? 0); i++) {
    const padding = {
      id: `padding-${i}`,
      date: `${1900 + (i % 50)}-${String((i % 12) + 1).padStart(2, '0')}`,
      title: `Padding event ${i}`,
      summary,
    };
    events.push(padding);
    size += JSON.stringify(padding).length + 1;
  }
  bigFile = Buffer.from(JSON.stringify({ ...head, events }));
  return bigFile;
}

async function serveCorpus(page: Page): Promise<void> {
  await page.route('**/corpus/**', (route: Route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/corpus/')[1]!);
    const entry = ENTRIES.find((e) => e.file === name);
    if (!entry) return route.fulfill({ status: 404, body: 'Not in the corpus' });
    const body = entry.generated ? generateBigFile(entry) : readFileSync(new URL(name, CORPUS));
    const extension = name.split('.').pop() ?? '';
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extension], body });
  });
}

/** The tripwire: every payload in the corpus sets window.__pwned or opens a dialog. */
async function expectNoScriptRan(page: Page, dialogs: string[], file: string): Promise<void> {
  const pwned = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
  expect(pwned, `${file}: a payload ran`).toBeUndefined();
  expect(dialogs, `${file}: a dialog opened`).toEqual([]);
  const injected = await page.locator('img[src="x"], [onerror], [onload], main script').count();
  expect(injected, `${file}: markup from the data became elements`).toBe(0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function checkEntry(page: Page, entry: CorpusEntry, dialogs: string[]): Promise<void> {
  const { file } = entry;
  const open = entry.open ? `&event=${encodeURIComponent(entry.open)}` : '';
  await page.goto(`./?data=corpus/${encodeURIComponent(file)}&from=2021-01&to=2023-12${open}`);

  if (entry.rejected) {
    // Rejected whole, with a message that says what and where, and a Retry: never a blank page.
    const alert = page.getByRole('alert').filter({ hasText: 'The dataset could not be read' });
    await expect(alert, file).toBeVisible();
    for (const fragment of entry.alert) await expect(alert, file).toContainText(fragment);
    await expect(alert.getByRole('button', { name: 'Retry' }), file).toBeVisible();
  } else {
    await waitForTimeline(page);
    const alerts = page.getByRole('alert');
    if (entry.alert.length === 0) {
      await expect(alerts, `${file}: no alert expected`).toHaveCount(0);
    } else {
      const alert = alerts.filter({ hasText: entry.alert[0] });
      await expect(alert, file).toHaveCount(1);
      for (const fragment of entry.alert) await expect(alert, file).toContainText(fragment);
      if (entry.maxAlertChars !== undefined) {
        const length = (await alert.textContent())?.length ?? 0;
        expect(length, `${file}: alert length`).toBeLessThanOrEqual(entry.maxAlertChars);
      }
    }
    // Every good event is still shown on the timeline.
    for (const title of entry.events) {
      await expect(
        timeline(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) }),
        `${file}: ${title.slice(0, 60)}`,
      ).toHaveCount(1);
    }
    if (entry.open) {
      const details = page.getByRole('region', { name: 'Event details' });
      await expect(details.getByRole('heading', { level: 2 }), file).toBeVisible();
    }
  }
  for (const text of entry.literal ?? []) {
    await expect(page.locator('body'), `${file}: shown as text`).toContainText(text);
  }
  for (const text of entry.absent ?? []) {
    await expect(page.locator('body'), `${file}: must not appear`).not.toContainText(text);
  }
  if (entry.linksOnlyHttp) {
    const protocols = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).protocol));
    expect(new Set(protocols), `${file}: link protocols`).toEqual(
      new Set(protocols.filter((p) => p === 'http:' || p === 'https:')),
    );
  }
  await expectNoScriptRan(page, dialogs, file);
}

// A few tests of many files each, so two workers share them; a step per file names the failure.
const GROUPS = 6;
const committed = ENTRIES.filter((entry) => !entry.generated);

test('the corpus has a file for every entry of its manifest, and nothing else', () => {
  const onDisk = readdirSync(CORPUS).filter((f) => f !== 'manifest.json' && f !== 'README.md');
  expect(onDisk.sort()).toEqual(committed.map((entry) => entry.file).sort());
  expect(committed.length).toBeGreaterThanOrEqual(40);
});

for (let group = 0; group < GROUPS; group++) {
  const entries = committed.filter((_, i) => i % GROUPS === group);
  test(`corpus ${group + 1} of ${GROUPS}: ${entries.length} files, each with its alert, its good events, and no script run`, async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await serveCorpus(page);
    for (const entry of entries) {
      await test.step(`${entry.file}: ${entry.breaks}`, () => checkEntry(page, entry, dialogs));
    }
  });
}

test('a 20 MB file generated at test time: one bad record reported, every good event shown', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveCorpus(page);
  for (const entry of ENTRIES.filter((e) => e.generated)) await checkEntry(page, entry, dialogs);
});
