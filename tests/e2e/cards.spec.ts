// The card browser in the built app on the real notes: cards studied in a review show their history; a range of rows
// is selected, flagged and suspended (kept after a reload), the suspension undone with Ctrl+Z, and the selection
// studied now. Accessible and fitting 360 px, light and dark.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

/** Friday 27 November 2026, 09:00 local time. */
const DAY_ONE = new Date(2026, 10, 27, 9, 0);
const DISCUSS_ARCHITECTURE = 'kubernetes-architecture/discuss-kubernetes-architecture';

const grid = (page: Page) => page.getByRole('grid', { name: 'Cards' });
const bodyRows = (page: Page) => grid(page).locator('tbody tr[aria-selected]');

async function studyTwoCards(page: Page) {
  await page.goto(`./#/review?section=${DISCUSS_ARCHITECTURE}`);
  const grades = page.getByRole('group', { name: 'How well did you recall it?' });
  for (let card = 0; card < 2; card += 1) {
    await page.getByRole('button', { name: /Show answer/ }).click();
    await grades.getByRole('button', { name: /^Good/ }).click();
    await expect(grades).toHaveCount(0);
  }
}

test('cards are found, flagged, suspended and brought back, with their history', async ({ page }) => {
  // A review, then many steps on the whole deck's table: more than one ordinary test's 30 s on a busy machine.
  test.setTimeout(90_000);
  await page.clock.setFixedTime(DAY_ONE);
  await studyTwoCards(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cards' })).toBeVisible();
  await page.getByRole('combobox', { name: 'State' }).selectOption('learning');
  await expect(bodyRows(page)).toHaveCount(2);

  // The first studied card: its history lists the review.
  await bodyRows(page).first().click();
  const history = page.getByRole('table', { name: 'Review history' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('Good');
  await expect(history.getByRole('row').nth(1)).toContainText('Review');

  // Shift-click selects both; flag them red and suspend them.
  await bodyRows(page)
    .nth(1)
    .click({ modifiers: ['Shift'] });
  await expect(page.getByText('2 cards selected')).toBeVisible();
  await page.getByRole('button', { name: 'Flag Red' }).click();
  await page.getByRole('combobox', { name: 'State' }).selectOption('');
  await page.getByRole('combobox', { name: 'Flag' }).selectOption('red');
  await expect(bodyRows(page)).toHaveCount(2);
  await grid(page).focus();
  await page.keyboard.press('Control+a');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(bodyRows(page).filter({ hasText: 'Suspended' })).toHaveCount(2);

  // Kept: after a reload both are still flagged and suspended.
  await page.reload();
  await page.getByRole('combobox', { name: 'State' }).selectOption('suspended');
  await expect(bodyRows(page)).toHaveCount(2);
  await expect(bodyRows(page).filter({ hasText: 'Red' })).toHaveCount(2);

  // Unsuspended, they leave the filter; Ctrl+Z undoes that.
  await grid(page).focus();
  await page.keyboard.press('Control+a');
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await expect(bodyRows(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(bodyRows(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Undo unsuspend' })).toHaveCount(0);

  await expectNoAxeViolations(page);

  // Study these now: a review of exactly the selected cards (unsuspended first).
  await grid(page).focus();
  await page.keyboard.press('Control+a');
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await page.getByRole('combobox', { name: 'State' }).selectOption('');
  await page.getByRole('combobox', { name: 'Flag' }).selectOption('red');
  await grid(page).focus();
  await page.keyboard.press('Control+a');
  await page.getByRole('link', { name: 'Study these now' }).click();
  await expect(page).toHaveURL(/#\/review\?cards=.+&custom=1$/);
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the card browser fits 360 px and is accessible (${colorScheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('./#/cards');
    await expect(bodyRows(page).first()).toBeVisible();
    await bodyRows(page).nth(1).click();
    await expect(page.getByRole('table', { name: 'Review history' }).or(page.getByText('Never graded.'))).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);
  });
}
