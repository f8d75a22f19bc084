import { expectNoAxeViolations } from './support/axe';
import { timeline, visibleWindow, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// A student comes with a question and leaves with the answer, a link and a citation.

test('"When did CPEC start?": filter by the cpec tag; the list begins with the 2013 corridor proposal', async ({
  page,
}) => {
  await page.goto('./');
  await waitForTimeline(page);
  await page.getByRole('button', { name: 'Filters' }).click();
  const tags = page.getByRole('group', { name: 'Tag' });
  await tags.getByRole('checkbox', { name: /^cpec/ }).check();
  await expect(page.getByRole('status').filter({ hasText: / of 129 events/ })).not.toHaveText(
    '129 of 129 events',
  );
  await expect(page).toHaveURL(/tag=cpec/);
  const first = page.getByRole('list', { name: 'Events' }).getByRole('listitem').first();
  await expect(first).toContainText('2013');
  await expect(first).toContainText(/economic corridor/i);
  await first.getByRole('button').click();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(/Premier Li Keqiang visits Pakistan and proposes an economic corridor/);
});

test('"What did China say after the Besham attack?": search, open it, read the China column, follow the responses', async ({
  page,
}) => {
  await page.goto('./');
  await waitForTimeline(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Besham');
  await expect(page.getByRole('status').filter({ hasText: / of 129 events/ })).toHaveText(
    '3 of 129 events',
  );
  const list = page.getByRole('list', { name: 'Events' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.locator('mark').first()).toHaveText('Besham');
  await list
    .getByRole('button', { name: /Suicide attack on a Dasu project convoy near Besham/ })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  const statements = details.getByRole('list', { name: 'Statements' });
  const china = statements
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'China' }) });
  await expect(china).toContainText('Chinese Embassy in Pakistan');
  await expect(china).toContainText('Quote');
  await expect(
    details.getByRole('link', { name: /President Zardari's condolence visit/ }),
  ).toBeVisible();
  await details.getByRole('link', { name: /President Zardari's condolence visit/ }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/President Zardari/);
  await expect(details.getByRole('list', { name: 'Statements' })).toContainText('Jiang Zaidong');
});

test('Enter in the search box opens the best match', async ({ page }) => {
  await page.goto('./');
  await waitForTimeline(page);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('gwadar port inaugurated');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText('Gwadar port inaugurated');
});

test('"How often do the two sides meet, and where?": consultations by host country', async ({
  page,
}) => {
  await page.goto('./');
  await waitForTimeline(page);
  await page.getByRole('button', { name: 'Filters' }).click();
  await page
    .getByRole('group', { name: 'Type' })
    .getByRole('checkbox', { name: /^Consultation/ })
    .check();
  const host = page.getByRole('group', { name: 'Host country' });
  await expect(host.getByRole('checkbox', { name: /^China\s*36$/ })).toBeVisible();
  await expect(host.getByRole('checkbox', { name: /^Pakistan\s*24$/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Lanes' }).selectOption('host');
  await expect(timeline(page).getByText('In China', { exact: true })).toBeVisible();
  await expect(timeline(page).getByText('In Pakistan', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/type=CONSULT/);
  await expect(page).toHaveURL(/lanes=host/);
});

test('filters and search combine, the URL keeps them, and Clear all resets', async ({ page }) => {
  await page.goto('./?q=jwg&type=CONSULT');
  await waitForTimeline(page);
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('jwg');
  const status = page.getByRole('status').filter({ hasText: / of 129 events/ });
  const list = page.getByRole('list', { name: 'Events' });
  // Every JWG-ICC meeting is a consultation that names the group; the count and the list agree.
  for (const n of ['1st', '2nd', '3rd', '4th', '5th']) {
    await expect(
      list.getByRole('button', {
        name: new RegExp(`^${n} meeting of the CPEC Joint Working Group`),
      }),
    ).toBeVisible();
  }
  const count = await list.getByRole('listitem').count();
  await expect(status).toHaveText(`${count} of 129 events`);
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page
    .getByRole('group', { name: 'Type' })
    .getByRole('checkbox', { name: /^Consultation/ })
    .uncheck();
  await expect(status).not.toHaveText(`${count} of 129 events`);
  await expect(page).not.toHaveURL(/type=/);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(status).toHaveText('129 of 129 events');
  await expect(page).not.toHaveURL(/q=|type=/);
});

test('a meeting series is drawn as a line and followed from the details', async ({ page }) => {
  await page.goto('./?event=think-tanks-forum-3&from=2021&to=2026');
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(
    details.getByRole('link', { name: /Previous: 2nd Pakistan–China Think Tanks Forum/ }),
  ).toBeVisible();
  await expect(
    details.getByRole('link', { name: /Next: 4th Pakistan–China Think Tanks Forum/ }),
  ).toBeVisible();
  await expect(page.locator('.series-line circle')).toHaveCount(3);
});

test('"more statements by this speaker" runs a search for them', async ({ page }) => {
  await page.goto('./?event=cpec-jwg-icc-4');
  const details = page.getByRole('region', { name: 'Event details' });
  await details
    .getByRole('button', { name: /More statements by Muhammad Syrus Sajjad Qazi/ })
    .first()
    .click();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
    'Muhammad Syrus Sajjad Qazi',
  );
  await expect(
    page.getByRole('list', { name: 'Events' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: / of 129 events/ })).not.toHaveText(
    '129 of 129 events',
  );
});

test('Copy link and Cite put the view and a citation on the clipboard, with a visible confirmation', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?event=cpec-jwg-icc-4&from=2023&to=2024');
  const details = page.getByRole('region', { name: 'Event details' });
  await details.getByRole('button', { name: 'Copy link' }).click();
  await expect(details.getByRole('status')).toHaveText('Link copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('event=cpec-jwg-icc-4');
  expect(link).toContain('from=2023-01-01');
  await details.getByRole('button', { name: 'Cite' }).click();
  await details.getByRole('button', { name: 'Copy citation' }).click();
  await expect(details.getByRole('status')).toHaveText('Citation copied to the clipboard.');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toMatch(
    /^“4th meeting of the CPEC Joint Working Group.*” \(21 January 2024\)\. In China–Pakistan relations/,
  );
  expect(citation).toMatch(/accessed \d{1,2} \w+ \d{4}/);
  await details.getByRole('button', { name: 'Copy BibTeX' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '@misc{bilateral-cpec-jwg-icc-4,',
  );
});

test('the overview brush moves the window with the keyboard', async ({ page }) => {
  await page.goto('./?from=2000&to=2010');
  await waitForTimeline(page);
  const before = await visibleWindow(page);
  await page.getByRole('button', { name: /^Visible period/ }).focus();
  await page.keyboard.press('ArrowRight');
  const after = await visibleWindow(page);
  expect(after.startMs).toBeGreaterThan(before.startMs);
  await page.getByRole('slider', { name: 'End of the visible period' }).focus();
  await page.keyboard.press('ArrowRight');
  const wider = await visibleWindow(page);
  expect(wider.endMs - wider.startMs).toBeGreaterThan(after.endMs - after.startMs);
});

test('selecting in the list selects on the timeline', async ({ page }) => {
  await page.goto('./?from=2021&to=2025');
  await waitForTimeline(page);
  await page
    .getByRole('list', { name: 'Events' })
    .getByRole('button', { name: /^Decade of CPEC celebrated/ })
    .click();
  await expect(
    timeline(page).getByRole('button', { name: /^Decade of CPEC celebrated/ }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('no accessibility violations: explore, search results, filters, details', async ({ page }) => {
  await page.goto('./');
  await waitForTimeline(page);
  await expectNoAxeViolations(page, 'explore');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('gwadar');
  await page.getByRole('button', { name: 'Filters' }).click();
  await expectNoAxeViolations(page, 'search results with filters open');
  await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  await expectNoAxeViolations(page, 'details');
});

test('the matching events download as CSV and as a valid dataset', async ({ page }) => {
  await page.goto('./?tag=gwadar');
  await waitForTimeline(page);
  const status = await page
    .getByRole('status')
    .filter({ hasText: / of 129 events/ })
    .textContent();
  const count = Number(status?.split(' ')[0]);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download the ${count} matching events as CSV` }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('china-pakistan-relations.csv');
  const csvText = await (await csv.createReadStream())
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(csvText.split(/\r?\n/)[0]).toMatch(/^id,date/);
  expect(csvText).toContain('Gwadar port inaugurated');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download the ${count} matching events as JSON` }).click(),
  ]);
  const doc = JSON.parse(
    await (await json.createReadStream())
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8')),
  );
  expect(doc.format).toBe('bilateral-events');
  expect(doc.events).toHaveLength(count);
  expect(doc.events.every((e: { tags?: string[] }) => e.tags?.includes('gwadar'))).toBe(true);
});
