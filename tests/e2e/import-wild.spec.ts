// Notes written by someone else (../shared/notes/wild/), imported in the built app as a new user would: the preview
// shows the cards the same rules make in Node, three of them are studied with their answers from the notes, and a
// quiz on the deck is answered from the notes, every question right.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Card, Deck } from '../../src/domain/deck';
import { buildImportedDeck } from '../../src/pipeline/browser-import';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerFromNotes, BLANK, heading2 } from './quiz-answers';

const WILD_FILE = path.resolve('../shared/notes/wild/teaching-glossary.md');
/** The quiz's seed is the clock at its start; a fixed clock makes the quiz the same on every run. */
const START = Date.UTC(2026, 11, 2, 9, 0);
const QUESTIONS = 5;

let deck: Deck;
test.beforeAll(() => {
  // The file as the import screen reads it: its name as the path.
  deck = buildImportedDeck([{ path: path.basename(WILD_FILE), text: readFileSync(WILD_FILE, 'utf8') }]).deck;
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const reviewedToday = (page: Page) => page.locator('.reviewed-today');
/** The card the review screen shows: its heading is the prompt, a blank read as "blank". */
const cardShown = (prompt: string): Card => {
  const shown = deck.cards.filter((card) => card.prompt.replaceAll(BLANK, `${BLANK}blank`) === prompt);
  expect(shown, `one card of the notes is asked as “${prompt}”`).toHaveLength(1);
  return shown[0]!;
};

test('a glossary from the wild: imported, three cards studied with their answers, a quiz answered from the notes', async ({ page }) => {
  await page.clock.setFixedTime(START);
  await page.goto('./');
  await nav(page).getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('link', { name: 'Import notes' }).click();
  await page.getByLabel('Markdown files').setInputFiles(WILD_FILE);
  const preview = page.getByRole('region', { name: `Preview: ${deck.title}` });
  await expect(preview).toBeVisible();
  // The glossary's bold terms are its cards, none of them a label or a reverse of one.
  const terms = deck.cards.filter((card) => card.kind === 'definition' && !card.reverse).map((card) => card.term);
  expect(terms).toEqual(expect.arrayContaining(['Chunking', 'Cognitive Load', 'Formative Assessment', 'Authentic Task']));
  for (const term of ['Chunking', 'Cognitive Load']) await expect(preview).toContainText(term);
  await expectNoAxeViolations(page);
  await preview.getByRole('button', { name: 'Add deck' }).click();
  await expect(page.getByRole('heading', { level: 1, name: deck.title })).toBeVisible();

  await nav(page).getByRole('link', { name: 'Review' }).click();
  await expect(reviewedToday(page)).toHaveText('0 reviewed today');
  const studied: string[] = [];
  for (let count = 1; count <= 3; count += 1) {
    const card = cardShown((await heading2(page).textContent())!);
    await page.getByRole('button', { name: /Show answer/ }).click();
    const answer = page.getByRole('region', { name: 'Answer' });
    if (card.items) await expect(answer.getByRole('listitem')).toHaveText(card.items);
    else await expect(answer).toContainText(card.answer.trim().slice(0, 60));
    studied.push(card.id);
    await page.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button', { name: /Good/ }).click();
    await expect(reviewedToday(page)).toHaveText(`${count} reviewed today`);
  }
  expect(new Set(studied).size).toBe(3);

  await nav(page).getByRole('link', { name: 'Quiz' }).click();
  await page.getByRole('radio', { name: /Exam/ }).check();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill(String(QUESTIONS));
  await page.getByRole('button', { name: 'Start exam' }).click();
  for (let index = 0; index < QUESTIONS; index += 1) {
    await expect(page.getByText(`Question ${index + 1} of ${QUESTIONS}`)).toBeVisible();
    await answerFromNotes(page, deck, true);
    if (index < QUESTIONS - 1) await page.getByRole('button', { name: /^Next/ }).click();
  }
  await page.getByRole('button', { name: 'Submit exam' }).last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You scored 100%');
  await expect(page.getByRole('progressbar', { name: 'Score' })).toHaveAttribute('aria-valuetext', `${QUESTIONS} of ${QUESTIONS} points`);
});
