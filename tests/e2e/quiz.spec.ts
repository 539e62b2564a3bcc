// Quizzes in the built app on the real notes: a 10-question exam answered partly wrong on purpose, its results and
// review of mistakes, and the cards answered wrongly then due in the review queue; and the quiz screens staying
// accessible and inside 360 px, light and dark.
import type { Page } from '@playwright/test';
import type { Card, Deck } from '../../src/domain/deck';
import { generateQuiz } from '../../src/domain/quiz-generate';
import type { Question } from '../../src/domain/quiz-types';
import { normaliseSeed } from '../../src/domain/random';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';

/** The quiz's seed is the clock at its start; a fixed clock makes the exam known in advance. */
const START = Date.UTC(2026, 10, 27, 9, 0);
const MINUTE = 60_000;

let deck: Deck;
test.beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'])).sources);
});

const heading2 = (page: Page) => page.getByRole('heading', { level: 2 }).first();

/** Answers the question on screen, right or deliberately wrong, the way a learner would. */
async function answer(page: Page, question: Question, right: boolean) {
  switch (question.format) {
    case 'multiple-choice':
      await page.keyboard.press(String((right ? question.correctIndex : (question.correctIndex + 1) % question.options.length) + 1));
      return;
    case 'true-false':
      await page.keyboard.press(question.isTrue === right ? 't' : 'f');
      return;
    case 'typed':
      await page.getByRole('textbox', { name: /Your answer|The hidden part/ }).fill(right ? question.expected : 'no idea');
      return;
    case 'list-recall':
      for (const [index, item] of (right ? question.items : ['no idea']).entries()) {
        await page.getByRole('textbox', { name: `Item ${index + 1} of ${question.items.length}` }).fill(item);
      }
      return;
    case 'matching':
      for (const [index, pair] of question.pairs.entries()) {
        // Wrong on purpose: every term gets the next term's definition.
        const target = right ? question.answer[index] : question.answer[(index + 1) % question.pairs.length];
        await page.getByRole('combobox', { name: pair.term, exact: true }).selectOption(String(target));
      }
      return;
  }
}

/** What the review card's heading reads for a card (a blank is read as "blank"). */
const reviewPromptOf = (card: Card) => card.prompt.replaceAll('[…]', '[…]blank');

test('a 10-question exam on the real notes: wrong answers on purpose, the results, and the missed cards due for review', async ({ page }) => {
  await page.clock.setFixedTime(START);
  await page.goto('./#/quiz');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await page.getByRole('radio', { name: /Exam/ }).check();
  await expect(page.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue('10');
  await page.getByRole('button', { name: 'Start exam' }).click();

  const quiz = generateQuiz({ deck, count: 10, seed: normaliseSeed(START) });
  expect(quiz.questions).toHaveLength(10);
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('10:00');
  const wrongOnPurpose = (index: number) => index % 3 === 1;
  for (const [index, question] of quiz.questions.entries()) {
    await expect(page.getByText(`Question ${index + 1} of 10`)).toBeVisible();
    await expect(heading2(page)).toHaveText(question.prompt.replaceAll('[…]', '[…]blank'));
    await answer(page, question, !wrongOnPurpose(index));
    if (index < 9) await page.getByRole('button', { name: /^Next/ }).click();
  }
  const navigator = page.getByRole('navigation', { name: 'Questions' });
  await expect(navigator.getByRole('button', { name: /: answered/ })).toHaveCount(10);
  await page.getByRole('button', { name: 'Submit exam' }).last().click();

  const wrong = quiz.questions.filter((_, index) => wrongOnPurpose(index));
  const percent = Math.round(((10 - wrong.length) / 10) * 100);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`You scored ${percent}%`);
  await expect(page.getByRole('progressbar', { name: 'Score' })).toHaveAttribute('aria-valuetext', `${10 - wrong.length} of 10 points`);
  const mistakes = page.getByRole('region', { name: `Review your mistakes (${wrong.length})` }).locator('.quiz-mistake');
  await expect(mistakes).toHaveCount(wrong.length);
  for (const [position, question] of wrong.entries()) {
    const mistake = mistakes.nth(position);
    await expect(mistake.getByRole('heading', { level: 3 })).toHaveText(question.prompt.replaceAll('[…]', '[…]blank'));
    await expect(mistake.getByRole('link')).toHaveAttribute('href', /^#\/chapters\//);
  }
  await expect(page.getByRole('region', { name: 'Past quizzes' }).getByRole('listitem')).toHaveText([`All chapters (this quiz)27 Nov 2026, 09:00 · Exam${percent}% ${10 - wrong.length} of 10`]);

  // The cards behind the wrong answers were graded Again (due again a minute later); the rest Good (ten minutes).
  const cardsById = new Map(deck.cards.map((card, index) => [card.id, { card, index }]));
  const againIds = new Set(wrong.flatMap((question) => (question.format === 'matching' ? question.pairs.map((pair) => pair.cardId) : [question.cardId])));
  await page.clock.setFixedTime(START + 2 * MINUTE);
  await page.goto(`./#/review?cards=${[...againIds].join(',')}`);
  await expect(page.getByRole('list', { name: 'Cards left' }).getByRole('listitem')).toHaveText(['0 new', `${againIds.size} learning`, '0 to review']);

  // In the whole deck's queue, due learning cards come first, by due time, then in the notes' order.
  await page.goto('./#/review');
  const firstAgain = [...againIds].map((id) => cardsById.get(id)!).sort((a, b) => a.index - b.index)[0].card;
  await expect(heading2(page)).toHaveText(reviewPromptOf(firstAgain));
});

test('the quiz screens are accessible and fit 360 px, light and dark: set-up, practice feedback, exam warning, results', async ({ page }) => {
  await page.clock.setFixedTime(START);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 360]) {
      const where = `at ${width} px, ${colorScheme}`;
      await page.setViewportSize({ width, height: 800 });
      // From another screen, so the quiz screen starts afresh.
      await page.goto('./');
      await page.goto('./#/quiz?chapter=kubernetes-architecture');
      await expect(page.getByRole('combobox', { name: 'Quiz on' })).toHaveValue('chapter:kubernetes-architecture');
      expect(await scrollsSideways(page), `set-up ${where}`).toBe(false);
      await expectNoAxeViolations(page);

      // Practice: feedback after a wrong answer.
      await page.getByRole('button', { name: 'Start quiz' }).click();
      await page.getByRole('button', { name: 'I don’t know' }).click();
      await expect(page.getByRole('status', { name: 'Answer feedback' })).toContainText('Not answered');
      expect(await scrollsSideways(page), `practice feedback ${where}`).toBe(false);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'End quiz' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 0%');
      expect(await scrollsSideways(page), `results ${where}`).toBe(false);
      await expectNoAxeViolations(page);

      // Exam: the navigator, a flag, and the warning about unanswered questions.
      await page.getByRole('button', { name: 'New quiz' }).click();
      await page.getByRole('radio', { name: /Exam/ }).check();
      await page.getByRole('button', { name: 'Start exam' }).click();
      await page.getByRole('button', { name: /^Flag/ }).click();
      await page.getByRole('button', { name: 'Submit exam' }).first().click();
      await expect(page.getByRole('region', { name: '10 questions have no answer' })).toBeVisible();
      expect(await scrollsSideways(page), `exam ${where}`).toBe(false);
      await expectNoAxeViolations(page);
      await page.evaluate(() => localStorage.clear());
    }
  }
});
