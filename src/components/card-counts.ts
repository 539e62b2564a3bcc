// How many concepts and cards a chapter holds (the counting itself is the domain's: src/domain/deck-outline.ts).
import type { Card } from '../domain/deck';
import { type CardCounts, countCards } from '../domain/deck-outline';

export function countChapterCards(cards: readonly Card[], chapterId: string): CardCounts {
  return countCards(cards.filter((card) => card.chapterId === chapterId));
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
