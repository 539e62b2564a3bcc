// Answers a quiz question on screen from the notes, as a learner who knows them would: the answer key is the cards
// the pipeline made from the same notes, read against the question shown, never the quiz generator's own idea of
// the right answer. Shared by the quiz specs (the built-in deck, an imported one).
import type { Page } from '@playwright/test';
import type { Card, Deck } from '../../src/domain/deck';
import { expect } from './fixtures';

export const BLANK = '[…]';

export const heading2 = (page: Page) => page.getByRole('heading', { level: 2 }).first();

const termOf = (card: Card) => (card.term ?? card.prompt).trim();
const definitionCards = (deck: Deck) => deck.cards.filter((card) => card.kind === 'definition' && !card.reverse);
/** The card a definition → term question asks about: the reverse card, when the notes have one. */
const reverseOf = (deck: Deck, card: Card) => deck.cards.find((other) => other.reverse && other.noteId === card.noteId) ?? card;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether a definition is the one a prompt shows with its term blanked out. */
const fitsBlanks = (prompt: string, definition: string) => new RegExp(`^${prompt.split(BLANK).map(escapeRegExp).join('.+?')}$`, 's').test(definition.trim());
/** Text on screen with its blanks as "[…]" (a blank is read as "blank"). */
const shownText = (text: string) => text.replaceAll(`${BLANK}blank`, BLANK).trim();
/**
 * Whether a definition is the one an option or statement shows: names hidden as blanks, a restated term at the
 * start or a lead-in at the end left out; what is left appears in the definition, in order.
 */
const fitsShown = (shown: string, definition: string) =>
  new RegExp(
    shownText(shown)
      .split(BLANK)
      .map((piece) => escapeRegExp(piece.trim()))
      .filter(Boolean)
      .join('.+?'),
    'si',
  ).test(definition);

function only<T>(found: readonly T[], what: string): T {
  expect(found, `the notes have exactly one ${what}`).toHaveLength(1);
  return found[0]!;
}

/**
 * Answers the question on screen from the notes, right or deliberately wrong, the way a learner would (keys,
 * fields, selects); returns the cards the question asks about, which a wrong answer grades Again.
 */
export async function answerFromNotes(page: Page, deck: Deck, right: boolean): Promise<Card[]> {
  const prompt = (await heading2(page).textContent())!.replaceAll(`${BLANK}blank`, BLANK);
  const instruction = (await page.locator('.quiz-instruction').textContent())!;
  const choose = async (isRight: (text: string) => boolean) => {
    const options = await page.locator('.quiz-choice-text').allTextContents();
    const rightIndex = options.findIndex(isRight);
    expect(rightIndex, `a right option for “${prompt}”`).toBeGreaterThanOrEqual(0);
    await page.keyboard.press(String((right ? rightIndex : (rightIndex + 1) % options.length) + 1));
    return options[rightIndex]!;
  };
  const type = (text: string) => page.getByRole('textbox', { name: /Your answer|The hidden part/ }).fill(right ? text : 'no idea');

  if (instruction.startsWith('Choose the definition')) {
    const definitions = definitionCards(deck).filter((card) => termOf(card) === prompt);
    const chosen = await choose((text) => definitions.some((card) => fitsShown(text, card.answer)));
    return [
      only(
        definitions.filter((card) => fitsShown(chosen, card.answer)),
        `definition of ${prompt}`,
      ),
    ];
  }
  if (instruction.startsWith('Choose the term')) {
    const definitions = definitionCards(deck).filter((card) => fitsBlanks(prompt, card.answer));
    const chosen = await choose((text) => definitions.some((card) => termOf(card) === text));
    return [
      reverseOf(
        deck,
        only(
          definitions.filter((card) => termOf(card) === chosen),
          `term defined as “${prompt}”`,
        ),
      ),
    ];
  }
  if (instruction.startsWith('True or false')) {
    const statement = (await page.locator('.quiz-statement').textContent())!;
    const definitions = definitionCards(deck).filter((card) => termOf(card) === prompt);
    const isTrue = definitions.some((card) => fitsShown(statement, card.answer));
    await page.keyboard.press(isTrue === right ? 't' : 'f');
    if (isTrue)
      return [
        only(
          definitions.filter((card) => fitsShown(statement, card.answer)),
          `definition of ${prompt} shown`,
        ),
      ];
    // A term the notes define in two places: the statement is false for each, and the question is about one of them.
    expect(definitions.length, `the notes define ${prompt}`).toBeGreaterThan(0);
    return definitions;
  }
  if (instruction.startsWith('Type the term')) {
    const card = only(
      definitionCards(deck).filter((candidate) => fitsBlanks(prompt, candidate.answer)),
      `term defined as “${prompt}”`,
    );
    await type(termOf(card));
    return [reverseOf(deck, card)];
  }
  if (instruction.startsWith('Type the hidden part') || instruction.startsWith('Type the answer')) {
    const card = only(
      deck.cards.filter((candidate) => (candidate.kind === 'cloze' || candidate.kind === 'question') && candidate.prompt === prompt),
      `card asking “${prompt}”`,
    );
    await type(card.answer.trim());
    return [card];
  }
  if (instruction.startsWith('Name all')) {
    const card = only(
      deck.cards.filter((candidate) => candidate.kind === 'enumeration' && candidate.prompt === prompt),
      `list “${prompt}”`,
    );
    const items = card.items ?? [];
    for (const [index, item] of (right ? items : ['no idea']).entries()) {
      await page.getByRole('textbox', { name: `Item ${index + 1} of ${items.length}` }).fill(item);
    }
    return [card];
  }
  expect(instruction).toMatch(/^Match each term to its definition/);
  const shown = await page.locator('.quiz-definitions .quiz-definition-text').allTextContents();
  const terms = await page.locator('.quiz-term-name').allTextContents();
  const shownOf = (card: Card) => shown.findIndex((text) => fitsShown(text, card.answer));
  const cards = terms.map((term) =>
    only(
      definitionCards(deck).filter((card) => termOf(card) === term && shownOf(card) >= 0),
      `shown definition of ${term}`,
    ),
  );
  for (const [index, term] of terms.entries()) {
    // Wrong on purpose: every term gets the next term's definition.
    const card = cards[right ? index : (index + 1) % terms.length]!;
    await page.getByRole('combobox', { name: term, exact: true }).selectOption(String(shownOf(card)));
  }
  return cards;
}
