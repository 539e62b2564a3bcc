// Settings in the built app: a saved limit changes Home and survives a reload; invalid input is refused in place.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

const newToday = (page: Page) => page.getByRole('region', { name: 'Today' }).locator('.today-stat', { hasText: 'New today' }).locator('.today-figure');

test('a lower new-card limit saved in Settings is what Home offers, also after a reload', async ({ page }) => {
  await page.goto('./');
  await expect(newToday(page)).toHaveText('20');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('New cards per day').fill('6');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('region', { name: 'Study' }).getByRole('status')).toHaveText('Settings saved.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(newToday(page)).toHaveText('6');
  await page.reload();
  await expect(newToday(page)).toHaveText('6');
  await page.goto('./#/settings');
  await expect(page.getByLabel('New cards per day')).toHaveValue('6');
});

test('an out-of-range retention is refused next to the field, and nothing is saved', async ({ page }) => {
  await page.goto('./#/settings');
  const retention = page.getByLabel(/^Desired retention/);
  await retention.fill('0.5');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(retention).toBeFocused();
  await expect(retention).toHaveAttribute('aria-invalid', 'true');
  await expect(retention).toHaveAccessibleDescription(/^Desired retention must be between 0\.70 and 0\.97/);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel(/^Desired retention/)).toHaveValue('0.9');
});

test('a billion new cards a day and an exam in the year 9999 are refused with the range, and Home stays as it was', async ({ page }) => {
  await page.goto('./#/settings');
  const newCards = page.getByLabel('New cards per day');
  await newCards.fill('1000000000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(newCards).toBeFocused();
  await expect(newCards).toHaveAccessibleDescription(/^New cards per day can be at most 9999/);

  const examDay = page.getByLabel('Day of the exam');
  await examDay.fill('9999-12-31');
  await page.getByRole('button', { name: 'Save exam date' }).click();
  await expect(examDay).toBeFocused();
  await expect(examDay).toHaveAccessibleDescription(/^The exam date can be at most two years ahead: \d{4}-\d{2}-\d{2} or sooner\./);
  await expectNoAxeViolations(page);

  await page.goto('./');
  await expect(newToday(page)).toHaveText('20');
  await expect(page.getByRole('region', { name: 'Your exam' })).toHaveCount(0);
});

test('reset asks for the deck name, and Cancel leaves everything', async ({ page }) => {
  await page.goto('./#/settings');
  const opener = page.getByRole('button', { name: 'Reset all progress…' });
  await opener.click();
  await expect(page.getByLabel('Deck name')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(opener).toBeFocused();
  await expect(page.getByLabel('Deck name')).toHaveCount(0);
});

test('settings fit 360 px without sideways scrolling, in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(await scrollsSideways(page), `settings in ${colorScheme} scrolls sideways`).toBe(false);
    await expectNoAxeViolations(page);
  }
});
