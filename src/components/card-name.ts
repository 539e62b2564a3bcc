// A card's name in a sentence or a list: its term, or its prompt cut to a readable length.
import type { Card } from '../domain/deck';

const MAX_NAME_LENGTH = 60;

export function cardName(card: Pick<Card, 'term' | 'prompt'>): string {
  const name = (card.term ?? card.prompt).replace(/\s+/g, ' ').trim();
  return name.length <= MAX_NAME_LENGTH ? name : `${name.slice(0, MAX_NAME_LENGTH - 1).trimEnd()}…`;
}

/** Share 0–1 as a whole percentage: 0.412 → "41%". */
export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`;
}
