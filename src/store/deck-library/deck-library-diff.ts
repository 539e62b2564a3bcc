// What a re-import changes in a deck, by card id (ids come from terms and prompts, never from answers or lines):
// new cards, changed cards (same id, different text), moved cards (a new id, the same kind and term: a renamed
// chapter or section) and gone cards. Progress follows the ids and the moves, so unchanged, changed and moved cards
// keep theirs and gone cards keep theirs as orphans, ready if the card comes back.
import { type CardMove, findCardMoves, moveKeys } from '../../domain/card-moves';
import type { Card, Deck } from '../../domain/deck';

export interface ChangedCard {
  before: Card;
  after: Card;
}

export interface DeckDiff {
  /** In the new deck's order. */
  added: Card[];
  changed: ChangedCard[];
  /** Cards under a new id (their progress moves with them), in the new deck's order. */
  moved: ChangedCard[];
  /** The id moves of `moved`, for the store. */
  moves: CardMove[];
  /** In the old deck's order. */
  gone: Card[];
  unchanged: number;
}

/** What the learner sees of a card: the prompt, the answer and the lines that belong to the answer. */
function sameText(a: Card, b: Card): boolean {
  return (
    a.prompt === b.prompt &&
    a.answer === b.answer &&
    a.details.length === b.details.length &&
    a.details.every((detail, index) => detail.text === b.details[index]!.text && detail.depth === b.details[index]!.depth)
  );
}

export function diffDecks(previous: Pick<Deck, 'cards'>, next: Pick<Deck, 'cards'>): DeckDiff {
  const before = new Map(previous.cards.map((card) => [card.id, card]));
  const nextIds = new Set(next.cards.map((card) => card.id));
  const moves = findCardMoves(moveKeys(previous.cards), moveKeys(next.cards));
  const movedTo = new Map(moves.map((move) => [move.to, move.from]));
  const diff: DeckDiff = { added: [], changed: [], moved: [], moves, gone: [], unchanged: 0 };
  for (const card of next.cards) {
    const old = before.get(card.id) ?? before.get(movedTo.get(card.id) ?? '');
    if (!old) diff.added.push(card);
    else if (old.id !== card.id) diff.moved.push({ before: old, after: card });
    else if (sameText(old, card)) diff.unchanged += 1;
    else diff.changed.push({ before: old, after: card });
  }
  const movedFrom = new Set(moves.map((move) => move.from));
  diff.gone = previous.cards.filter((card) => !nextIds.has(card.id) && !movedFrom.has(card.id));
  return diff;
}

export const hasChanges = (diff: DeckDiff) => diff.added.length + diff.changed.length + diff.moved.length + diff.gone.length > 0;
