// Weak topics, exam readiness and stats in the built app on the real notes, with the browser's clock set so that
// days can pass: cards answered Again put their section first in weak topics, an exam date set in Settings shows
// on Home, and the stats heatmap counts today's reviews. Each screen is accessible and fits 360 px, light and dark.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

/** Friday 27 November 2026, 09:00 local time. */
const DAY_ONE = new Date(2026, 10, 27, 9, 0);
const DAY_MS = 86_400_000;
const DISCUSS_ARCHITECTURE = 'kubernetes-architecture/discuss-kubernetes-architecture';
const ORCHESTRATION_OPTIONS = 'container-orchestration/different-container-orchestration-options';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Shows the current card's answer and grades it, then waits until the next card (or the end) is up. */
async function answer(page: Page, grade: 'Again' | 'Good' | 'Easy') {
  const grades = page.getByRole('group', { name: 'How well did you recall it?' });
  await page.getByRole('button', { name: /Show answer/ }).click();
  await grades.getByRole('button', { name: new RegExp(`^${grade}`) }).click();
  await expect(grades).toHaveCount(0);
}

async function openReview(page: Page, sectionId: string) {
  await page.goto(`./#/review?section=${sectionId}`);
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
}

test('cards answered Again put their section first in weak topics, with the reasons', async ({ page }) => {
  await page.clock.setFixedTime(DAY_ONE);
  // Day one: learn the four notes of "Discuss Kubernetes Architecture" and the seven of the orchestration options.
  await openReview(page, DISCUSS_ARCHITECTURE);
  for (let card = 0; card < 4; card += 1) await answer(page, 'Easy');
  await openReview(page, ORCHESTRATION_OPTIONS);
  for (let card = 0; card < 7; card += 1) await answer(page, 'Easy');

  // A month later everything is due: the architecture cards are forgotten, one option is too.
  await page.clock.setFixedTime(new Date(DAY_ONE.getTime() + 30 * DAY_MS));
  await openReview(page, DISCUSS_ARCHITECTURE);
  await expect(page.getByRole('list', { name: 'Cards left' })).toContainText('4 to review');
  for (let card = 0; card < 4; card += 1) await answer(page, 'Again');
  await openReview(page, ORCHESTRATION_OPTIONS);
  await answer(page, 'Again');
  for (let card = 0; card < 6; card += 1) await answer(page, 'Good');

  await nav(page).getByRole('link', { name: 'Weak topics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Weak topics' })).toBeVisible();
  const weak = page.getByRole('region', { name: 'Weakest sections' }).getByRole('listitem');
  await expect(weak).toHaveCount(2);
  await expect(weak.first().getByRole('heading', { level: 3 })).toHaveText('Discuss Kubernetes Architecture');
  await expect(weak.first()).toContainText('4 lapses');
  await expect(weak.nth(1).getByRole('heading', { level: 3 })).toHaveText('Different container orchestration options');
  await expect(weak.nth(1)).toContainText('1 lapse');

  // "Review these now" starts a session of exactly those four cards.
  await weak
    .first()
    .getByRole('link', { name: /^Review these now/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '4 selected cards' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Cards left' })).toContainText('4 learning');
});

test('an exam date set in Settings gives Home a countdown and each chapter’s recall on the day', async ({ page }) => {
  await page.clock.setFixedTime(DAY_ONE);
  await page.goto('./#/settings');
  const examSection = page.getByRole('region', { name: 'Exam date' });
  await examSection.getByLabel('Day of the exam').fill('2026-12-09');
  await examSection.getByRole('button', { name: 'Save exam date' }).click();
  await expect(examSection.getByRole('status')).toHaveText('Exam date saved: Wednesday 9 December 2026.');
  await expectNoAxeViolations(page);

  await nav(page).getByRole('link', { name: 'Home' }).click();
  const panel = page.getByRole('region', { name: 'Your exam' });
  await expect(panel.getByText('12 days to your exam')).toBeVisible();
  await expect(panel).toContainText('Wednesday 9 December 2026');
  await expect(panel).toContainText('113 cards at risk');
  await expect(panel.getByText(/^On exam day:/)).toHaveText([
    'On exam day: nothing studied yet · 28 at risk',
    'On exam day: nothing studied yet · 26 at risk',
    'On exam day: nothing studied yet · 59 at risk',
  ]);
  await expect(panel.getByRole('link', { name: 'Cram' })).toHaveCount(0);

  // A week later the exam is close: Cram appears, and survives a reload.
  await page.clock.setFixedTime(new Date(DAY_ONE.getTime() + 7 * DAY_MS));
  await page.reload();
  await expect(panel.getByText('5 days to your exam')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Cram' })).toHaveAttribute('href', /^#\/review\?cards=.+&custom=1$/);
  await expectNoAxeViolations(page);
});

test('the stats page draws the heatmap with today’s reviews, and shows it as a table', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => chunks.push(new URL(request.url()).pathname));
  await page.clock.setFixedTime(DAY_ONE);
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
  expect(
    chunks.filter((path) => /stats-screen|weak-topics-screen/.test(path)),
    'charts are not in the first page',
  ).toEqual([]);

  await openReview(page, DISCUSS_ARCHITECTURE);
  for (let card = 0; card < 3; card += 1) await answer(page, 'Good');
  await nav(page).getByRole('link', { name: 'Stats' }).click();
  const heatmap = page.getByRole('region', { name: 'Reviews per day' });
  await expect(heatmap.getByRole('img', { name: /^Reviews per day over the past year/ })).toHaveAccessibleName(
    'Reviews per day over the past year: 3 reviews on 1 day; busiest Fri 27 Nov with 3; today 3.',
  );
  const today = page.locator('.heat-cell.is-today');
  await expect(today).toHaveCount(1);
  await expect(today).toHaveAttribute('data-day', '2026-11-27');
  await expect(today).toHaveAttribute('data-count', '3');
  await expect(page.locator('.heat-cell')).toHaveCount(365);

  await heatmap.getByRole('button', { name: 'Show as table' }).click();
  await expect(heatmap.getByRole('row').nth(1)).toHaveText(/Friday 27 November 2026 \(today\)\s*3/);
});

test('weak topics and stats are accessible and fit 360 px, light and dark', async ({ page }) => {
  // Visits every screen (or every step of a screen) and checks each: more than one ordinary test's 30 s on a busy machine.
  test.setTimeout(120_000);
  await page.clock.setFixedTime(DAY_ONE);
  await openReview(page, DISCUSS_ARCHITECTURE);
  await answer(page, 'Again');
  await answer(page, 'Good');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['./#/weak', './#/stats', './']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('.loading')).toHaveCount(0);
        expect(await scrollsSideways(page), `${path} at ${width} px, ${colorScheme}`).toBe(false);
        await expectNoAxeViolations(page);
      }
      // The year scrolls inside its own box, opened at today.
      await page.goto('./#/stats');
      const scroller = page.locator('.heatmap-scroll');
      const { scrollLeft, overflow } = await scroller.evaluate((box) => ({ scrollLeft: box.scrollLeft, overflow: box.scrollWidth - box.clientWidth }));
      expect(Math.abs(scrollLeft - overflow), `heatmap scrolled to today at ${width} px`).toBeLessThanOrEqual(1);
    }
  }
});
