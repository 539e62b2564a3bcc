// Quizzes and the schedule, in the built app on the real notes (README, "Quizzes and your schedule"): a quiz never
// introduces new cards, so Home's new cards stay within the day's limit; "practice only" leaves the stored schedule
// exactly as it was; and Undo on the review screen undoes only that screen's grades, of that session and that deck.
import type { Page } from '@playwright/test';
import type { Deck } from '../../src/domain/deck';
import { repoPath } from '../paths';
import { expect, test } from './fixtures';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { answerFromNotes } from './quiz-answers';

let deck: Deck;
test.beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'])).sources);
});

const NOTES_FILE = repoPath('tests/fixtures/import/networking-notes.md');
const showAnswer = (page: Page) => page.getByRole('button', { name: /^Show answer/ });
const undoButton = (page: Page) => page.getByRole('button', { name: /^Undo/ });
const reviewedToday = (page: Page) => page.locator('.reviewed-today');
const todayFigure = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Today' }).locator('.today-stat', { hasText: label }).locator('.today-figure');

/** Every stored card chunk (scheduling states and logs), by key: what "the schedule" is in storage. */
function storedCards(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('study-deck:cards:'))
        .map((key) => [key, localStorage.getItem(key)!]),
    ),
  );
}

/** Reviews every card the review screen offers in `url`, each with `key`, until the session is over. */
async function reviewAll(page: Page, url: string, key: '3' | '4') {
  await page.goto(url);
  const done = page.getByRole('heading', { level: 2, name: /^Session complete|^Nothing due/ });
  for (;;) {
    await expect(showAnswer(page).or(done)).toBeVisible();
    if (await done.isVisible()) return;
    await page.keyboard.press('Space');
    await page.keyboard.press(key);
  }
}

/** A practice quiz on a chapter, every question answered from the notes (every third wrongly), then ended. */
async function takePracticeQuiz(page: Page, chapterId: string, { practiceOnly }: { practiceOnly: boolean }) {
  await page.goto('./');
  await page.goto(`./#/quiz?chapter=${chapterId}`);
  if (practiceOnly) await page.getByRole('checkbox', { name: /^Practice only/ }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let index = 0; ; index += 1) {
    await answerFromNotes(page, deck, index % 3 !== 1);
    await page.getByRole('button', { name: /^Check answer/ }).click();
    const next = page.getByRole('button', { name: /^Next question|^See results/ });
    if ((await next.textContent())!.startsWith('See results')) {
      await next.click();
      break;
    }
    await next.click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^You scored/);
}

test('a 50-question exam on a fresh profile leaves Home’s new cards within the day’s limit', async ({ page }) => {
  await page.goto('./#/quiz');
  await page.getByRole('radio', { name: /Exam/ }).check();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('50');
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).first().click();
  await page.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 0%');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  // Quizzes never introduce a card: every new card is still new, and today's 20 are still on offer.
  await expect(todayFigure(page, 'New today')).toHaveText('20');
  await expect(todayFigure(page, 'Due now')).toHaveText('0');
});

test('“practice only” leaves the stored schedule exactly as it was; the same quiz without it changes it', async ({ page }) => {
  // A review session and two whole quizzes.
  test.setTimeout(90_000);
  // Cards in review first: quizzes grade cards already studied, never new ones.
  await reviewAll(page, './#/review?chapter=kubernetes', '4');
  const studied = await storedCards(page);
  expect(Object.keys(studied)).not.toEqual([]);

  await takePracticeQuiz(page, 'kubernetes', { practiceOnly: true });
  await expect(page.getByText('Practice only: your schedule was not changed.')).toBeVisible();
  expect(await storedCards(page)).toEqual(studied);
  await page.reload();
  expect(await storedCards(page)).toEqual(studied);

  await takePracticeQuiz(page, 'kubernetes', { practiceOnly: false });
  expect(await storedCards(page)).not.toEqual(studied);
});

test('Undo is absent before a grade, and Z after a quiz leaves the quiz’s grades alone', async ({ page }) => {
  test.setTimeout(60_000);
  await reviewAll(page, './#/review?chapter=kubernetes', '4');
  await takePracticeQuiz(page, 'kubernetes', { practiceOnly: false });
  const afterQuiz = await storedCards(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(showAnswer(page)).toBeVisible();
  await expect(undoButton(page)).toHaveCount(0);
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo.' })).toBeAttached();
  expect(await storedCards(page)).toEqual(afterQuiz);

  // After a grade on this screen, Undo is there, and takes back that grade only.
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(undoButton(page)).toBeVisible();
  expect(await storedCards(page)).not.toEqual(afterQuiz);
  await page.keyboard.press('z');
  await expect(undoButton(page)).toHaveCount(0);
  const afterUndo = await storedCards(page);
  await page.keyboard.press('z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo.' })).toBeAttached();
  expect(await storedCards(page)).toEqual(afterUndo);
});

test('grades in one deck survive Z pressed in another deck', async ({ page }) => {
  await page.goto('./#/review');
  for (let graded = 0; graded < 4; graded += 1) {
    await expect(showAnswer(page)).toBeVisible();
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(reviewedToday(page)).toHaveText(`${graded + 1} reviewed today`);
  }
  const kubernetes = await storedCards(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('link', { name: 'Import notes' }).click();
  await page.getByLabel('Markdown files').setInputFiles(NOTES_FILE);
  await page.getByRole('region', { name: 'Preview: Networking Basics' }).getByRole('button', { name: 'Add deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Networking Basics' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(showAnswer(page)).toBeVisible();
  await expect(undoButton(page)).toHaveCount(0);
  for (let press = 0; press < 4; press += 1) await page.keyboard.press('z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo.' })).toBeAttached();
  expect(await storedCards(page)).toEqual(kubernetes);

  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('listitem', { name: 'Kubernetes' }).getByRole('button', { name: 'Study this deck' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(reviewedToday(page)).toHaveText('4 reviewed today');
  expect(await storedCards(page)).toEqual(kubernetes);
});
