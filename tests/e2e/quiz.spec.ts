// Quizzes in the built app on the real notes: a 10-question exam answered partly wrong on purpose, its results and
// review of mistakes, and the missed cards left new for the review screen; and the quiz screens staying accessible
// and inside 360 px, light and dark.
import type { Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { expect, expectNoAxeViolations, scrollsSideways, test } from './fixtures';
import { answerFromNotes, heading2 } from './quiz-answers';

/** The quiz's seed is the clock at its start; a fixed clock makes the exam the same on every run. */
const START = Date.UTC(2026, 10, 27, 9, 0);

let deck: Deck;
test.beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'])).sources);
});

test('a 10-question exam on the real notes: wrong answers on purpose, the results, and the missed cards left new for review', async ({ page }) => {
  await page.clock.setFixedTime(START);
  await page.goto('./#/quiz');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await page.getByRole('radio', { name: /Exam/ }).check();
  await expect(page.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue('10');
  await page.getByRole('button', { name: 'Start exam' }).click();

  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('10:00');
  const wrongOnPurpose = (index: number) => index % 3 === 1;
  const wrongPrompts: string[] = [];
  const againIds = new Set<string>();
  for (let index = 0; index < 10; index += 1) {
    await expect(page.getByText(`Question ${index + 1} of 10`)).toBeVisible();
    const prompt = (await heading2(page).textContent())!;
    const cards = await answerFromNotes(page, deck, !wrongOnPurpose(index));
    if (wrongOnPurpose(index)) {
      wrongPrompts.push(prompt);
      for (const card of cards) againIds.add(card.id);
    }
    if (index < 9) await page.getByRole('button', { name: /^Next/ }).click();
  }
  const navigator = page.getByRole('navigation', { name: 'Questions' });
  await expect(navigator.getByRole('button', { name: /: answered/ })).toHaveCount(10);
  await page.getByRole('button', { name: 'Submit exam' }).last().click();

  // Questions 2, 5 and 8 were answered wrongly: 7 of 10.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 70%');
  await expect(page.getByRole('progressbar', { name: 'Score' })).toHaveAttribute('aria-valuetext', '7 of 10 points');
  const mistakes = page.getByRole('region', { name: 'Review your mistakes (3)' }).locator('.quiz-mistake');
  await expect(mistakes.getByRole('heading', { level: 3 })).toHaveText(wrongPrompts);
  for (const mistake of await mistakes.all()) await expect(mistake.getByRole('link')).toHaveAttribute('href', /^#\/chapters\//);
  await expect(page.getByRole('region', { name: 'Past quizzes' }).getByRole('listitem')).toHaveText([
    'All chapters (this quiz)27 Nov 2026, 09:00 · Exam70% 7 of 10',
  ]);

  // On a fresh profile every card is new, and a quiz never introduces a card: the missed ones stay new, waiting for
  // the review screen (one card of a note a day), and the day's new cards are all still on offer.
  await expect(page.getByRole('region', { name: 'Your review schedule' })).toContainText('stay new: only reviews introduce cards');
  const missedNotes = new Set([...againIds].map((id) => deck.cards.find((card) => card.id === id)!.noteId));
  await page.goto(`./#/review?cards=${[...againIds].join(',')}`);
  await expect(page.getByRole('list', { name: 'Cards left' }).getByRole('listitem')).toHaveText([`${missedNotes.size} new`, '0 learning', '0 to review']);
  await page.goto('./#/review');
  await expect(page.getByRole('list', { name: 'Cards left' }).getByRole('listitem')).toHaveText(['20 new', '0 learning', '0 to review']);
});

test('the quiz screens are accessible and fit 360 px, light and dark: set-up, practice feedback, exam warning, results', async ({ page }) => {
  // Visits every screen (or every step of a screen) and checks each: more than one ordinary test's 30 s on a busy machine.
  test.setTimeout(120_000);
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
