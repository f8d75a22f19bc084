import { en } from '../src/i18n/messages-en';
import { ur } from '../src/i18n/messages-ur';
import { zh } from '../src/i18n/messages-zh';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';

// A reader of Urdu or Chinese does the student's journey in their language.

/** Every fixed English string of the interface (not message functions), longer than a word or two. */
function englishInterfaceStrings(): Set<string> {
  const strings = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.length >= 4 && /[a-z]/.test(value)) strings.add(value);
    } else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) walk(inner);
    }
  };
  walk(en);
  // The same in every language: the product's name.
  strings.delete(en.appName);
  return strings;
}

/** What the interface itself says: text of its controls and chrome, names, titles, placeholders. */
async function interfaceTexts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      // Dataset text keeps its own language (English here); it is marked with lang.
      if (
        element.closest('[lang="en"]') &&
        element.closest('[lang="en"]') !== document.documentElement
      )
        continue;
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(attribute);
        if (value) texts.push(value.trim());
      }
      for (const node of element.childNodes) {
        if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
          texts.push(node.textContent.trim());
      }
    }
    return texts;
  });
}

for (const [lang, messages, dir, date] of [
  ['ur', ur, 'rtl', /21 جنوری،? 2024/],
  ['zh', zh, 'ltr', /2024年1月21日/],
] as const) {
  test(`${lang}: the journey in ${lang}, with its direction, dates and no English left in the interface`, async ({
    page,
  }) => {
    await page.goto(`./?lang=${lang}`);
    const timeline = page.getByRole('region', { name: messages.timeline, exact: true });
    await expect(timeline).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);

    // Search, and the count in the language.
    await page.getByRole('searchbox', { name: messages.searchEvents, exact: true }).fill('JWG');
    const list = page.getByRole('list', { name: messages.eventsList, exact: true });
    // The count reads in the language, and agrees with the list once the search has settled.
    await expect(async () => {
      const count = await list.getByRole('listitem').count();
      expect(count).toBeLessThan(129);
      await expect(
        page.getByRole('status').filter({ hasText: messages.matchCount(String(count), '129') }),
      ).toBeVisible({ timeout: 500 });
    }).toPass();

    // Open the 4th JWG-ICC: its date at its precision, in the language.
    await list
      .getByRole('button', { name: /^4th meeting of the CPEC Joint Working Group/ })
      .click();
    const details = page.getByRole('region', { name: messages.details, exact: true });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(/4th meeting/);
    await expect(details).toContainText(date);
    await expect(
      details.getByRole('list', { name: messages.participants, exact: true }),
    ).toContainText('Sun Weidong');
    await expect(details.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');

    const english = englishInterfaceStrings();
    const left = (await interfaceTexts(page)).filter((text) => english.has(text));
    expect(left, 'English interface strings left on the page').toEqual([]);

    await expectNoAxeViolations(page, `${lang} explore with details`);
  });
}

test('ur: the time axis runs right to left, and Left moves to the next event', async ({ page }) => {
  await page.goto('./?lang=ur&from=2023-12&to=2024-02');
  const timeline = page.getByRole('region', { name: ur.timeline, exact: true });
  await expect(timeline).toHaveAttribute('data-ready', 'true');
  const corner = timeline.getByRole('button', { name: /^CPEC Corner/ });
  const meeting = timeline.getByRole('button', { name: /^4th meeting/ });
  const cornerBox = await corner.boundingBox();
  const meetingBox = await meeting.boundingBox();
  // The later meeting is drawn further left.
  expect((meetingBox?.x ?? 0) + (meetingBox?.width ?? 0)).toBeLessThan(
    (cornerBox?.x ?? 0) + (cornerBox?.width ?? 0),
  );
  await corner.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(meeting).toBeFocused();
});
