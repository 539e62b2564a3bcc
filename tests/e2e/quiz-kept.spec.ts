// A quiz is never lost, in the built app on the real notes: a practice quiz survives leaving by a note link and
// coming Back; a timed exam survives a reload with its answers, its flag and the time left counted from its deadline;
// and a finished quiz reopens from the history to the very same results after a reload.
import type { Page } from '@playwright/test';
import type { Deck } from '../../src/domain/deck';
import { expect, test } from './fixtures';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { answerFromNotes, heading2 } from './quiz-answers';

/** The quiz's seed is the clock at its start; a fixed clock makes the quiz the same on every run. */
const START = Date.UTC(2026, 10, 27, 9, 0);
const SECOND = 1000;
const MINUTE = 60_000;

let deck: Deck;
test.beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'])).sources);
});

const feedback = (page: Page) => page.getByRole('status', { name: 'Answer feedback' });
const timer = (page: Page) => page.getByRole('timer', { name: 'Time left' });
const navigator = (page: Page) => page.getByRole('navigation', { name: 'Questions' });

test('a practice quiz left by a note link comes back on Back: the same question, with both answers', async ({ page }) => {
  await page.clock.setFixedTime(START);
  await page.goto('./#/quiz?chapter=kubernetes-architecture');
  await page.getByRole('button', { name: 'Start quiz' }).click();

  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await answerFromNotes(page, deck, true);
  await page.getByRole('button', { name: /^Check answer/ }).click();
  await expect(feedback(page)).toContainText('Correct');
  await page.getByRole('button', { name: /^Next question/ }).click();

  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  const secondPrompt = (await heading2(page).textContent())!;
  await answerFromNotes(page, deck, false);
  await page.getByRole('button', { name: /^Check answer/ }).click();
  await expect(feedback(page)).not.toContainText(/^Correct/);
  const secondFeedback = (await feedback(page).textContent())!;

  await feedback(page).getByRole('link').click();
  await expect(page).toHaveURL(/#\/chapters\/kubernetes-architecture/);
  await page.goBack();

  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await expect(heading2(page)).toHaveText(secondPrompt);
  await expect(feedback(page)).toHaveText(secondFeedback);
  await expect(page.getByRole('progressbar', { name: 'Questions done' })).toHaveAttribute('aria-valuetext', '2 of 10 done');

  // Both answers are still the quiz's: ended now, it is scored on them.
  await page.getByRole('button', { name: 'End quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 50%');
  await expect(page.locator('.quiz-score-facts')).toContainText('Right1 of 2');
});

test('a timed exam survives a reload: its answers, its flag, and the time left counted from its deadline', async ({ page }) => {
  await page.clock.setFixedTime(START);
  await page.goto('./#/quiz');
  await page.getByRole('radio', { name: /Exam/ }).check();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(timer(page)).toHaveText('10:00');

  await answerFromNotes(page, deck, true);
  await page.getByRole('button', { name: /^Next/ }).click();
  const secondPrompt = (await heading2(page).textContent())!;
  await answerFromNotes(page, deck, false);
  await page.getByRole('button', { name: /^Flag/ }).click();
  await expect(navigator(page).getByRole('button', { name: 'Question 2: answered, flagged' })).toBeVisible();

  // Three minutes and twenty seconds later the tab is reloaded (closed and opened again would be the same).
  await page.clock.setFixedTime(START + 3 * MINUTE + 20 * SECOND);
  await page.reload();
  await expect(timer(page)).toHaveText('06:40');
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await expect(heading2(page)).toHaveText(secondPrompt);
  await expect(navigator(page).getByRole('button', { name: /: answered/ })).toHaveCount(2);
  await expect(navigator(page).getByRole('button', { name: 'Question 2: answered, flagged' })).toHaveAttribute('aria-current', 'step');

  // Away from the quiz by the nav, Home offers it back; the time keeps running meanwhile.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const resume = page.getByRole('region', { name: 'Resume your quiz' });
  await expect(resume).toContainText('2 of 10 answered');
  await page.clock.setFixedTime(START + 5 * MINUTE);
  await resume.getByRole('link', { name: /^Resume/ }).click();
  await expect(timer(page)).toHaveText('05:00');
  await expect(heading2(page)).toHaveText(secondPrompt);
});

test('a finished exam reopens from the history after a reload, with the same results, mistakes and retry', async ({ page }) => {
  await page.clock.setFixedTime(START);
  await page.goto('./#/quiz?chapter=kubernetes');
  await page.getByRole('radio', { name: /Exam/ }).check();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('5');
  await page.getByRole('button', { name: 'Start exam' }).click();
  for (let index = 0; index < 5; index += 1) {
    await expect(page.getByText(`Question ${index + 1} of 5`)).toBeVisible();
    await answerFromNotes(page, deck, index % 2 === 0);
    if (index < 4) await page.getByRole('button', { name: /^Next/ }).click();
  }
  await page.clock.setFixedTime(START + 4 * MINUTE);
  await page.getByRole('button', { name: 'Submit exam' }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^You scored/);
  const results = page.getByRole('main');
  const shown = (await results.innerText()).replace(/\s+/g, ' ');
  expect(shown).toContain('Review your mistakes (2)');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^You scored/);
  expect((await results.innerText()).replace(/\s+/g, ' ')).toBe(shown);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  const history = page.getByRole('region', { name: 'Past quizzes' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await history.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^You scored/);
  expect((await results.innerText()).replace(/\s+/g, ' ')).toBe(shown);

  // Retrying the missed cards starts a quiz on exactly those.
  const retry = page.getByRole('button', { name: /^Retry the ones I missed/ });
  const missed = Number(/\((\d+) cards?\)/.exec((await retry.textContent())!)![1]);
  await retry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(missed === 1 ? '1 missed card' : `${missed} missed cards`);
  await expect(page.getByText(/^Question 1 of /)).toBeVisible();
});
