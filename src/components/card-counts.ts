// How many concepts and cards a set of cards holds. A reverse card (definition → term) and a
// second cloze deletion are the same note asked another way: they add cards, not concepts.
import type { Card } from '../domain/deck';

export interface CardCounts {
  /** Concepts, by kind. */
  definitions: number;
  lists: number;
  /** Explicit questions and cloze sentences. */
  other: number;
  /** Cards that ask a note from the answer back to the term. */
  reverse: number;
  /** Every card, reverse ones included. */
  cards: number;
}

type ConceptGroup = 'definitions' | 'lists' | 'other';

const groupOf = (card: Card): ConceptGroup => (card.kind === 'definition' ? 'definitions' : card.kind === 'enumeration' ? 'lists' : 'other');

export function countCards(cards: readonly Card[]): CardCounts {
  const notes: Record<ConceptGroup, Set<string>> = { definitions: new Set(), lists: new Set(), other: new Set() };
  let reverse = 0;
  for (const card of cards) {
    if (card.reverse) reverse += 1;
    else notes[groupOf(card)].add(card.noteId);
  }
  return { definitions: notes.definitions.size, lists: notes.lists.size, other: notes.other.size, reverse, cards: cards.length };
}

export function countChapterCards(cards: readonly Card[], chapterId: string): CardCounts {
  return countCards(cards.filter((card) => card.chapterId === chapterId));
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
