// Leeches: cards forgotten again and again (Anki: 8 lapses, then again every 4 more), worth rewriting or suspending.
import { cardValue } from './card-map';
import type { Card } from './deck';
import { LEECH_LAPSES, type DeckProgress, type SchedulingState } from './progress';
import { isLeech } from './scheduler';

/** Anki repeats the leech warning every half threshold after the first (8, 12, 16, … lapses). */
const LEECH_REPEAT_LAPSES = Math.ceil(LEECH_LAPSES / 2);

function isLeechWarningLapseCount(lapses: number): boolean {
  return lapses >= LEECH_LAPSES && (lapses - LEECH_LAPSES) % LEECH_REPEAT_LAPSES === 0;
}

/** True when this grade was the lapse that (re)flags the card as a leech: the moment to offer suspending it. */
export function becameLeech(before: SchedulingState, after: SchedulingState): boolean {
  return after.lapses > before.lapses && isLeechWarningLapseCount(after.lapses);
}

/** Ids of the deck's leech cards in deck order; progress of cards no longer in the deck is ignored. */
export function leechCardIds(cards: readonly Card[], progress: DeckProgress): string[] {
  return cards
    .filter((card) => {
      const entry = cardValue(progress, card.id);
      return entry !== undefined && isLeech(entry.scheduling);
    })
    .map((card) => card.id);
}
