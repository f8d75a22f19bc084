import { expectNoAxeViolations } from './support/axe';
import { waitForTimeline } from './support/datasets';
import { expect, test } from './support/test';

test('About links to the accessibility statement, a page of the build that says the standard', async ({
  page,
}) => {
  await page.goto('./');
  await waitForTimeline(page);
  const about = page.getByRole('region', { name: 'About this dataset' });
  await about.getByRole('button', { name: 'About this dataset' }).click();
  await about.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(page.getByRole('main')).toContainText('WCAG) 2.2');
  await expect(page.getByRole('heading', { level: 2, name: 'How we test it' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Known limits' })).toBeVisible();
  await expectNoAxeViolations(page, 'accessibility statement');
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await waitForTimeline(page);
});
