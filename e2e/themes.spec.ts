import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { timeline, waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

// Light, dark and high contrast, chosen in the page or by the system; and the system's own
// colours under forced-colours mode. Every combination keeps text at 4.5:1 and marks and focus
// rings at 3:1 against what they sit on.

const BACKGROUNDS = {
  light: 'rgb(247, 246, 242)',
  dark: 'rgb(18, 20, 22)',
  contrast: 'rgb(0, 0, 0)',
} as const;

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`?theme=${theme} applies, and the menu shows it`, async ({ page }) => {
    await page.goto(`./?theme=${theme}`);
    await waitForTimeline(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await background(page)).toBe(BACKGROUNDS[theme]);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue(theme);
  });
}

test('the menu switches themes and keeps the choice in the URL', async ({ page }) => {
  await page.goto('./');
  await waitForTimeline(page);
  const select = page.getByRole('combobox', { name: 'Theme' });
  await select.selectOption({ label: 'High contrast' });
  await expect(page).toHaveURL(/theme=contrast/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  expect(await background(page)).toBe(BACKGROUNDS.contrast);
  await select.selectOption({ label: 'Automatic' });
  await expect(page).not.toHaveURL(/theme=/);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});

test('with no theme chosen, the system decides: dark, light, or more contrast', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await waitForTimeline(page);
  expect(await background(page)).toBe(BACKGROUNDS.dark);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(BACKGROUNDS.light);
  await page.emulateMedia({ colorScheme: 'light', contrast: 'more' });
  expect(await background(page)).toBe(BACKGROUNDS.contrast);
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(
    'rgb(255, 255, 255)',
  );
  // A theme chosen in the page wins over the system.
  await page.goto('./?theme=light');
  await waitForTimeline(page);
  expect(await background(page)).toBe(BACKGROUNDS.light);
});

// Contrast of the theme's colours as the page resolves them, pair by pair (WCAG 2 formula).
const PAIRS: readonly [string, readonly string[], number][] = [
  ['--text', ['--bg', '--surface', '--surface-2', '--warning-bg', '--error-bg'], 4.5],
  ['--muted', ['--bg', '--surface', '--surface-2'], 4.5],
  ['--accent-text', ['--accent'], 4.5],
  ['--surface', ['--cooperative', '--conflictual', '--neutral'], 4.5],
  ['--cooperative', ['--bg', '--surface', '--surface-2'], 3],
  ['--conflictual', ['--bg', '--surface', '--surface-2'], 3],
  ['--neutral', ['--bg', '--surface', '--surface-2'], 3],
  ['--focus', ['--bg', '--surface', '--surface-2'], 3],
  ['--density', ['--bg', '--surface'], 3],
  ['--warning-border', ['--warning-bg'], 3],
  ['--error-border', ['--error-bg'], 3],
];

async function lowContrastPairs(page: Page): Promise<string[]> {
  return page.evaluate((pairs) => {
    const style = getComputedStyle(document.documentElement);
    const probe = document.createElement('span');
    document.body.append(probe);
    const rgb = (name: string) => {
      probe.style.color = style.getPropertyValue(name).trim();
      const match = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(probe).color);
      return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    };
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const failures: string[] = [];
    for (const [fg, backgrounds, min] of pairs) {
      for (const bg of backgrounds) {
        const r = ratio(fg, bg);
        if (r < min) failures.push(`${fg} on ${bg}: ${r.toFixed(2)} < ${min}`);
      }
    }
    probe.remove();
    return failures;
  }, PAIRS);
}

for (const [name, url, media] of [
  ['light', './?theme=light', {}],
  ['dark', './?theme=dark', {}],
  ['contrast', './?theme=contrast', {}],
  ['automatic, system dark', './', { colorScheme: 'dark' }],
  ['automatic, system asks for more contrast', './', { contrast: 'more' }],
] as const) {
  test(`${name}: text 4.5:1, marks and focus 3:1`, async ({ page }) => {
    await page.emulateMedia(media);
    await page.goto(url);
    await waitForTimeline(page);
    expect(await lowContrastPairs(page)).toEqual([]);
    // Links are text too: a source link in the details, against the panel.
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}event=cpec-jwg-icc-4`);
    const link = page
      .getByRole('region', { name: 'Event details' })
      .getByRole('list', { name: 'Sources' })
      .getByRole('link')
      .first();
    await expect(link).toBeVisible();
    const linkRatio = await link.evaluate((element) => {
      const parse = (c: string) =>
        (/rgba?\((\d+), (\d+), (\d+)/.exec(c) ?? []).slice(1).map(Number);
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
      let panel: Element | null = element;
      while (panel && getComputedStyle(panel).backgroundColor === 'rgba(0, 0, 0, 0)')
        panel = panel.parentElement;
      const a = lum(parse(getComputedStyle(element).color));
      const b = lum(parse(getComputedStyle(panel ?? document.body).backgroundColor));
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(linkRatio).toBeGreaterThanOrEqual(4.5);
  });
}

test('forced colours: marks, the selected event and focus rings stay visible in system colours', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./?from=2023-12&to=2024-02&event=cpec-jwg-icc-4');
  await waitForTimeline(page);
  const marks = timeline(page);
  const corner = marks.getByRole('button', { name: /^CPEC Corner/ });
  const [symbolBg, canvasText, canvas] = await corner.locator('.mark-symbol').evaluate((e) => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    probe.style.backgroundColor = 'Canvas';
    probe.style.setProperty('forced-color-adjust', 'none');
    document.body.append(probe);
    const system = [getComputedStyle(probe).color, getComputedStyle(probe).backgroundColor];
    probe.remove();
    return [getComputedStyle(e).backgroundColor, ...system];
  });
  // The symbol is painted in the system's text colour, not lost in its canvas colour.
  expect(symbolBg).toBe(canvasText);
  expect(symbolBg).not.toBe(canvas);
  expect(await corner.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');

  const selected = marks.getByRole('button', { name: /^4th meeting/ });
  const [selectedBg, pageBg] = await selected.evaluate((e) => [
    getComputedStyle(e).backgroundColor,
    getComputedStyle(document.body).backgroundColor,
  ]);
  expect(selectedBg).not.toBe(pageBg);

  await corner.focus();
  const outline = await corner.evaluate((e) => [
    getComputedStyle(e).outlineStyle,
    getComputedStyle(e).outlineWidth,
  ]);
  expect(outline).toEqual(['solid', '3px']);
});

for (const theme of ['dark', 'contrast'] as const) {
  test(`${theme} theme has no axe violations, with an event open`, async ({ page }) => {
    await page.goto(`./?theme=${theme}&event=cpec-jwg-icc-4`);
    await waitForTimeline(page);
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    await expectNoAxeViolations(page, `${theme} theme`);
  });
}

test('automatic theme on a dark system has no axe violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?event=cpec-jwg-icc-4');
  await waitForTimeline(page);
  await expectNoAxeViolations(page, 'automatic theme, dark system');
});
