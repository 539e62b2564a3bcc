// Reviewing in the built app on the real notes: grades are kept across a reload, reach another open tab without
// one, and the screen stays accessible and fits 360 px at every step.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

const cardsLeft = (page: Page) => page.getByRole('list', { name: 'Cards left' }).getByRole('listitem');
const reviewedToday = (page: Page) => page.locator('.reviewed-today');
const showAnswer = (page: Page) => page.getByRole('button', { name: /Show answer/ });
const gradeGroup = (page: Page) => page.getByRole('group', { name: 'How well did you recall it?' });

/** Shows the answer and grades it by keyboard, waiting until the next card is up. */
async function gradeByKeyboard(page: Page, key: '1' | '2' | '3' | '4') {
  await expect(showAnswer(page)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(gradeGroup(page)).toBeFocused();
  await page.keyboard.press(key);
  await expect(showAnswer(page)).toBeFocused();
}

test('grades are kept across a reload: the review header and Home show the same counts', async ({ page }) => {
  await page.goto('./#/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeVisible();
  await expect(cardsLeft(page)).toHaveText(['20 new', '0 learning', '0 to review']);
  await expect(reviewedToday(page)).toHaveText('0 reviewed today');

  // Good on a new card starts its learning steps (10 minutes); Easy sends it to review in days.
  await gradeByKeyboard(page, '3');
  await gradeByKeyboard(page, '3');
  await gradeByKeyboard(page, '4');
  await expect(cardsLeft(page)).toHaveText(['17 new', '2 learning', '0 to review']);
  await expect(reviewedToday(page)).toHaveText('3 reviewed today');
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuetext', '3 answered, 19 left');

  await page.reload();
  await expect(cardsLeft(page)).toHaveText(['17 new', '2 learning', '0 to review']);
  await expect(reviewedToday(page)).toHaveText('3 reviewed today');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.locator('.today-stat', { hasText: 'Reviewed today' }).locator('.today-figure')).toHaveText('3');
  await expect(today.locator('.today-stat', { hasText: 'New today' }).locator('.today-figure')).toHaveText('17');
});

test('a second tab sees a grade without reloading, and moves past the card graded elsewhere', async ({ page, context }) => {
  await page.goto('./#/review?chapter=kubernetes-architecture');
  const other = await context.newPage();
  await other.goto('./#/review?chapter=kubernetes-architecture');
  const firstPrompt = await other.getByRole('heading', { level: 2 }).textContent();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(firstPrompt ?? '');
  await expect(reviewedToday(other)).toHaveText('0 reviewed today');

  await gradeByKeyboard(page, '4');
  await expect(reviewedToday(other)).toHaveText('1 reviewed today');
  await expect(cardsLeft(other)).toHaveText(['19 new', '0 learning', '0 to review']);
  await expect(other.getByRole('heading', { level: 2 })).not.toHaveText(firstPrompt ?? '');
  await other.close();
});

test('undo with Z brings back the card’s answer, and the source links to its place in the notes', async ({ page }) => {
  await page.goto('./#/review?chapter=kubernetes-architecture');
  const first = await page.getByRole('heading', { level: 2 }).textContent();
  await gradeByKeyboard(page, '1');
  await expect(reviewedToday(page)).toHaveText('1 reviewed today');
  await page.keyboard.press('z');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(first ?? '');
  await expect(gradeGroup(page)).toBeFocused();
  await expect(reviewedToday(page)).toHaveText('0 reviewed today');

  await page
    .getByRole('region', { name: 'Answer' })
    .getByRole('link', { name: /^Chapter 3 › / })
    .click();
  await expect(page).toHaveURL(/#\/chapters\/kubernetes-architecture\?section=kubernetes-architecture\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Kubernetes Architecture' })).toBeVisible();
});

test('the review screen is accessible and fits 360 px on the front, the back and the summary, light and dark', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 780 });
      await page.goto('./#/review?chapter=container-orchestration');
      await expect(showAnswer(page)).toBeVisible();
      expect(await scrollsSideways(page), `front at ${width} px, ${colorScheme}`).toBe(false);
      await expectNoAxeViolations(page);

      await page.keyboard.press('Space');
      await expect(gradeGroup(page)).toBeFocused();
      expect(await scrollsSideways(page), `back at ${width} px, ${colorScheme}`).toBe(false);
      await expectNoAxeViolations(page);

      await page.keyboard.press('4');
      await page.getByRole('button', { name: 'End session' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Session ended' })).toBeFocused();
      expect(await scrollsSideways(page), `summary at ${width} px, ${colorScheme}`).toBe(false);
      await expectNoAxeViolations(page);
      // Start the next round with a fresh page and no progress.
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
    }
  }
});
