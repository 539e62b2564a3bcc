// What the rule tests look at: the cards a few lines of notes make, as [kind, prompt, answer] (reverse cards apart).
import type { Card } from '../../../src/domain/deck';
import { buildDeck } from '../../../src/pipeline/build-deck';

export const lines = (...text: string[]) => text.join('\n');

export function cardsOf(text: string): Card[] {
  return buildDeck([{ path: 'notes.md', text }]).cards;
}

/** Forward cards as [kind, prompt, answer]. */
export function shown(text: string): Array<[string, string, string]> {
  return cardsOf(text)
    .filter((card) => !card.reverse)
    .map((card) => [card.kind, card.prompt, card.answer]);
}

/** Reverse cards as [prompt, answer]. */
export function reverses(text: string): Array<[string, string]> {
  return cardsOf(text)
    .filter((card) => card.reverse)
    .map((card) => [card.prompt, card.answer]);
}
