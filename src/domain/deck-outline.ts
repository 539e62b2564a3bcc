// What a deck holds, without its cards: the chapters in order and how many concepts and cards each has. Home draws
// from it before any card has loaded (the built-in deck ships it in the initial page, its cards per chapter later).
import type { Card, Chapter, Deck } from './deck';

/** How many concepts and cards a set of cards holds. A reverse card and a second cloze deletion add cards, not concepts. */
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

/** A chapter without its sections; `sections` is how many it has. */
export interface ChapterOutline extends Omit<Chapter, 'sections'> {
  sections: number;
  counts: CardCounts;
}

export interface DeckOutline {
  id: string;
  title: string;
  chapters: ChapterOutline[];
  /** The deck's id moves (Deck.idMoves): progress under an old id is moved when the store opens, before any card loads. */
  idMoves?: Deck['idMoves'];
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

/** The sum of several counts (a deck's from its chapters'). */
export function addCounts(counts: readonly CardCounts[]): CardCounts {
  const total: CardCounts = { definitions: 0, lists: 0, other: 0, reverse: 0, cards: 0 };
  for (const part of counts) {
    total.definitions += part.definitions;
    total.lists += part.lists;
    total.other += part.other;
    total.reverse += part.reverse;
    total.cards += part.cards;
  }
  return total;
}

/** The cards of each chapter, in deck order; cards of a chapter the deck does not have are left out. */
export function cardsByChapter(deck: Pick<Deck, 'chapters' | 'cards'>): Map<string, Card[]> {
  const byChapter = new Map<string, Card[]>(deck.chapters.map((chapter) => [chapter.id, []]));
  for (const card of deck.cards) byChapter.get(card.chapterId)?.push(card);
  return byChapter;
}

export function chapterOutline({ sections, ...chapter }: Chapter, cards: readonly Card[]): ChapterOutline {
  return { ...chapter, sections: sections.length, counts: countCards(cards) };
}

export function outlineOf(deck: Deck): DeckOutline {
  const byChapter = cardsByChapter(deck);
  const outline: DeckOutline = {
    id: deck.id,
    title: deck.title,
    chapters: deck.chapters.map((chapter) => chapterOutline(chapter, byChapter.get(chapter.id) ?? [])),
  };
  if (deck.idMoves) outline.idMoves = deck.idMoves;
  return outline;
}
