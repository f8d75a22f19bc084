import type { Locator, Page } from '@playwright/test';
import { en } from '../src/i18n/messages-en';
import { ur } from '../src/i18n/messages-ur';
import { zh } from '../src/i18n/messages-zh';
import { expectNoAxeViolations } from './support/axe';
import { timeline, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// The timeline gets the room of the screen: the page's width on a desktop, the top of a phone's
// screen under a header folded into one Menu button, and never a sideways scroll.

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });

test.describe('a 1920 px desktop', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the timeline spans the page; an event opens beside it in less than half', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    const before = await box(timeline(page));
    expect(before.width / 1920).toBeGreaterThanOrEqual(0.65);
    // The list and the filters stay reachable: the list under the timeline, always shown.
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'List' })).toBeHidden();
    const list = await box(page.getByRole('list', { name: 'Events' }));
    expect(list.y).toBeGreaterThan(before.y + before.height);

    // Any event drawn at this width will do: the one the keyboard starts on.
    const first = timeline(page).locator('[data-event-id][tabindex="0"]');
    const title = (await first.locator('.mark-label').textContent()) ?? '';
    await first.click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
    const open = await box(details(page));
    const beside = await box(timeline(page));
    expect(open.width / 1920).toBeLessThanOrEqual(0.5);
    // Beside, not under: the details start where the timeline ends, both at the top.
    expect(open.x).toBeGreaterThanOrEqual(beside.x + beside.width);
    expect(open.y).toBeLessThan(beside.y + beside.height / 2);
    expect(beside.width).toBeGreaterThan(open.width);

    await page.keyboard.press('Escape');
    await expect(details(page)).toBeHidden();
    expect((await box(timeline(page))).width).toBeCloseTo(before.width, 0);
  });

  test('"About this dataset" is one line under the timeline, its description behind a disclosure', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    const about = page.getByRole('button', { name: 'About this dataset' });
    await expect(about).toHaveAttribute('aria-expanded', 'false');
    const description = page.getByText(/^Events in relations between Pakistan and China/);
    await expect(description).toBeHidden();
    const line = await box(page.getByRole('region', { name: 'About this dataset' }));
    const drawn = await box(timeline(page));
    expect(line.y).toBeGreaterThan(drawn.y + drawn.height);
    expect(line.height).toBeLessThan(60);
    await expect(page.getByRole('list', { name: 'Event types' })).toBeVisible();

    await about.click();
    await expect(about).toHaveAttribute('aria-expanded', 'true');
    await expect(description).toBeVisible();
    await expectNoAxeViolations(page, 'explore with the dataset description open');
    await about.press('Enter');
    await expect(description).toBeHidden();
  });
});

test.describe('a 1280 px laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the timeline spans the page and the header controls stay in the header', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    expect((await box(timeline(page))).width / 1280).toBeGreaterThanOrEqual(0.65);
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveCount(0);
    const header = page.getByRole('banner');
    await expect(header.getByRole('combobox', { name: 'Language' })).toBeVisible();
    await expect(header.getByRole('combobox', { name: 'Theme' })).toBeVisible();
    for (const name of ['Present', 'Embed', 'Export image'])
      await expect(header.getByRole('button', { name })).toBeVisible();
  });

  test('the filters open beside the timeline, which stays in view and follows them', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    const types = page.getByRole('group', { name: 'Type' });
    await expect(types).toBeVisible();
    const filters = await box(types);
    const drawn = await box(timeline(page));
    expect(filters.x + filters.width).toBeLessThanOrEqual(drawn.x);
    expect(drawn.y + 200).toBeLessThan(800);
    // The count beside the box is how many the timeline is left with.
    const status = page.getByRole('status').filter({ hasText: / of \d+ events/ });
    const total = (await status.textContent())?.match(/of (\d+) events/)?.[1];
    const assault = types.locator('label').filter({ hasText: /^Assault/ });
    const count = (await assault.textContent())?.match(/\d+/)?.[0];
    expect(Number(count)).toBeGreaterThan(0);
    await assault.getByRole('checkbox').check();
    await expect(status).toHaveText(`${count} of ${total} events`);
    await expect(
      timeline(page).getByRole('button', { name: /^Gwadar port inaugurated/ }),
    ).toHaveCount(0);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(types).toBeHidden();
    expect((await box(timeline(page))).width / 1280).toBeGreaterThanOrEqual(0.65);
  });
});

test.describe('a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const [lang, messages] of [
    ['en', en],
    ['ur', ur],
    ['zh', zh],
  ] as const) {
    test(`${lang}: the timeline starts in the top 45% of the screen, under one Menu button`, async ({
      page,
    }) => {
      await page.goto(`./?lang=${lang}`);
      const region = page.getByRole('region', { name: messages.timeline, exact: true });
      await expect(region).toHaveAttribute('data-ready', 'true');
      expect((await box(region)).y).toBeLessThanOrEqual(0.45 * 740);
      const menu = page.getByRole('button', { name: messages.menu });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('combobox', { name: messages.language })).toBeHidden();
      await menu.tap();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('combobox', { name: messages.language })).toBeVisible();
      await expect(page.getByRole('combobox', { name: messages.theme })).toBeVisible();
      for (const name of [messages.present, messages.embed, messages.exportImage])
        await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    });
  }

  test('the menu works from the keyboard: Enter opens, Tab goes through it, Escape closes and focus returns', async ({
    page,
  }) => {
    await page.goto('./?event=gwadar-port-inauguration-2007');
    await waitForTimeline(page);
    await expect(details(page)).toBeVisible();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
    // Escape closed the menu only: the event's details behind it stay open.
    await expect(details(page)).toBeVisible();

    // Space toggles it too, and tabbing past its last control closes it.
    await page.keyboard.press('Space');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Export image' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('a choice in the menu applies; a press outside closes it', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.tap();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page).toHaveURL(/theme=dark/);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // The menu stays open through the change of language, now in Urdu.
    const urMenu = page.getByRole('button', { name: ur.menu });
    await expect(urMenu).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(urMenu).toHaveAttribute('aria-expanded', 'false');
  });

  test('a dialog opened from the menu hands focus back to the Menu button when it closes', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.tap();
    await page.getByRole('button', { name: 'Embed', exact: true }).tap();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('no accessibility violations with the menu open, in English and Urdu', async ({ page }) => {
    for (const [lang, messages] of [
      ['en', en],
      ['ur', ur],
    ] as const) {
      await page.goto(`./?lang=${lang}`);
      await expect(
        page.getByRole('region', { name: messages.timeline, exact: true }),
      ).toHaveAttribute('data-ready', 'true');
      await page.getByRole('button', { name: messages.menu }).tap();
      await expect(page.getByRole('combobox', { name: messages.theme })).toBeVisible();
      await expectNoAxeViolations(page, `phone menu open (${lang})`);
    }
  });
});

test('nothing scrolls sideways from 300 px up, menu open or closed, in every language', async ({
  page,
}) => {
  for (const [lang, messages] of [
    ['en', en],
    ['ur', ur],
    ['zh', zh],
  ] as const) {
    for (const width of [300, 360]) {
      await page.setViewportSize({ width, height: 720 });
      await page.goto(`./?lang=${lang}`);
      await expect(
        page.getByRole('region', { name: messages.timeline, exact: true }),
      ).toHaveAttribute('data-ready', 'true');
      const overflow = () =>
        page.evaluate(() => {
          const root = document.scrollingElement;
          return root ? root.scrollWidth - root.clientWidth : 0;
        });
      expect(await overflow(), `${lang} at ${width} px`).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: messages.menu }).click();
      await expect(page.getByRole('combobox', { name: messages.theme })).toBeVisible();
      expect(await overflow(), `${lang} at ${width} px, menu open`).toBeLessThanOrEqual(0);
    }
  }
});
