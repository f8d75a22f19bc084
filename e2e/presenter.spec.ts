import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// A presenter at a briefing: the events of the current filters, one at a time, stepped with the
// keys a clicker sends; a black screen while talking; back to the explorer on the same event.

// The eleven Joint Cooperation Committee meetings and the one bilateral political consultation.
const TWELVE = 'series=cpec-jcc,bilateral-political-consultations';

const status = (page: Page) => page.getByRole('status').filter({ hasText: / of \d+$/ });
const slideTitle = (page: Page) => page.getByRole('heading', { level: 2 });
const blackout = (page: Page) => page.locator('.present-blackout');

test('in Urdu, right to left, Left goes on and Right goes back, as the buttons point', async ({
  page,
}) => {
  await page.goto(`./?lang=ur&present=1&${TWELVE}`);
  // "12 میں سے 1" (1 of 12), its numbers isolated in the right-to-left sentence.
  const position = page.getByRole('status').filter({ hasText: 'میں سے' });
  const at = (n: number) => `\u206812\u2069 میں سے \u2068${n}\u2069`;
  await expect(position).toHaveText(at(1));
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(at(2));
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(at(3));
  await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(at(2));
  // The Next button's arrow points the way the slides go: left.
  await expect(
    page.getByRole('button', { name: 'اگلا واقعہ' }).locator('[aria-hidden]'),
  ).toHaveText('←');
});

test('steps through the events matching the filters with the clicker keys', async ({ page }) => {
  await page.goto(`./?present=1&${TWELVE}`);
  await expect(status(page)).toHaveText('1 of 12');
  const first = await slideTitle(page).textContent();
  expect(first).toMatch(/Joint Cooperation Committee|JCC|consultation/i);
  const historyLength = await page.evaluate(() => history.length);

  for (const [key, expected] of [
    ['ArrowRight', '2 of 12'],
    ['PageDown', '3 of 12'],
    ['Space', '4 of 12'],
    ['ArrowDown', '5 of 12'],
    ['ArrowLeft', '4 of 12'],
    ['ArrowUp', '3 of 12'],
    ['PageUp', '2 of 12'],
    ['End', '12 of 12'],
    ['ArrowRight', '12 of 12'],
    ['Home', '1 of 12'],
    ['ArrowLeft', '1 of 12'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(status(page), `after ${key}`).toHaveText(expected);
  }
  await expect(slideTitle(page)).toHaveText(first ?? '');

  // The slide is in the URL, replaced rather than pushed: Back does not walk through the slides.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(status(page)).toHaveText('3 of 12');
  const url = new URL(page.url());
  expect(url.searchParams.get('event')).toBeTruthy();
  expect(url.searchParams.get('series')).toBe('cpec-jcc,bilateral-political-consultations');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.reload();
  await expect(status(page)).toHaveText('3 of 12');
});

test('the visible buttons step, and a deep link starts at its event', async ({ page }) => {
  await page.goto('./?present=1&event=cpec-jwg-icc-4');
  await expect(slideTitle(page)).toHaveText(/4th meeting of the CPEC Joint Working Group/);
  await expect(page.getByText('21 January 2024', { exact: true })).toBeVisible();
  await expect(page.getByText('Islamabad').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key statements' })).toContainText('Qazi');
  await expect(page.getByText('Main source:')).toBeVisible();
  const at = await status(page).textContent();
  const position = Number(at?.split(' ')[0]);
  expect(position).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(status(page)).toHaveText(`${position + 1} of 129`);
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(status(page)).toHaveText(`${position} of 129`);
  await expect(slideTitle(page)).toHaveText(/4th meeting/);
});

test('B or "." blanks the screen; B again or any step key brings the same event back', async ({
  page,
}) => {
  await page.goto(`./?present=1&${TWELVE}`);
  await expect(status(page)).toHaveText('1 of 12');
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText('2 of 12');

  await page.keyboard.press('b');
  await expect(blackout(page)).toBeVisible();
  const box = await blackout(page).boundingBox();
  expect(box?.width).toBe(1280);
  expect(await blackout(page).evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  );
  await page.keyboard.press('b');
  await expect(blackout(page)).toBeHidden();

  await page.keyboard.press('.');
  await expect(blackout(page)).toBeVisible();
  // A step key ends the blackout without moving: the audience sees the slide they saw.
  await page.keyboard.press('PageDown');
  await expect(blackout(page)).toBeHidden();
  await expect(status(page)).toHaveText('2 of 12');

  await page.getByRole('button', { name: 'Blank screen' }).click();
  await expect(blackout(page)).toBeVisible();
  await blackout(page).click();
  await expect(blackout(page)).toBeHidden();
});

test('Escape leaves presenter mode for the explorer, with the same event open', async ({
  page,
}) => {
  await page.goto(`./?present=1&${TWELVE}`);
  await expect(status(page)).toHaveText('1 of 12');
  await page.keyboard.press('End');
  await expect(status(page)).toHaveText('12 of 12');
  const title = (await slideTitle(page).textContent()) ?? '';
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page).toHaveURL(/series=cpec-jcc/);
  await waitForTimeline(page);
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(title);
  await expect(page.getByRole('status').filter({ hasText: / of 129 events/ })).toHaveText(
    '12 of 129 events',
  );
});

test('"Present" in the explorer keeps the filters, and F5 never reloads the presentation', async ({
  page,
}) => {
  await page.goto(`./?${TWELVE}`);
  await waitForTimeline(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page).toHaveURL(/present=1/);
  await expect(status(page)).toHaveText('1 of 12');

  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  await page.keyboard.press('F5');
  await page.keyboard.press('Shift+F5');
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText('2 of 12');
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(
    true,
  );

  // Back leaves the presentation (entering it was a step of its own).
  await page.goBack();
  await expect(page).not.toHaveURL(/present=1/);
  await waitForTimeline(page);
});

test('F and the button toggle full screen', async ({ page }) => {
  await page.goto(`./?present=1&${TWELVE}`);
  await expect(status(page)).toHaveText('1 of 12');
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement?.className)).toContain('present');
  await page.getByRole('button', { name: 'Exit full screen' }).click();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('no filter matches: says so, and still offers the way out', async ({ page }) => {
  await page.goto('./?present=1&q=zzzzqqqq');
  await expect(page.getByText('No events match the current filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(page).not.toHaveURL(/present=1/);
});

test('moves are instant under reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`./?present=1&${TWELVE}`);
  await expect(status(page)).toHaveText('1 of 12');
  expect(
    await page.locator('.present-slide').evaluate((e) => getComputedStyle(e).animationName),
  ).toBe('none');
});

for (const theme of ['light', 'contrast'] as const) {
  test(`presenter view has no axe violations (${theme})`, async ({ page }) => {
    await page.goto(`./?present=1&event=cpec-jwg-icc-4&theme=${theme}`);
    await expect(slideTitle(page)).toHaveText(/4th meeting/);
    // Colours are checked once the slide has finished fading in, not halfway.
    await page.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState === 'finished'),
    );
    await expectNoAxeViolations(page, `presenter, ${theme}`);
  });
}
