// The stored id map of a notes folder: the ids the deck's cards had when it was last written, with each card's move
// key (kind, direction and term), and every move recorded so far. Built against it, a deck knows where progress kept
// under an old id now belongs: a renamed chapter or section moves the ids of its cards, not the cards.
// Pure: reading and writing the file is node/card-id-map-file.ts.
import { type CardMove, findCardMoves, moveKeys, resolveMoves } from '../domain/card-moves';
import type { Deck } from '../domain/deck';

export interface CardIdMap {
  /** Card id → move key, as the deck was when the map was written. */
  cards: Record<string, string>;
  /** Every move recorded, oldest first. */
  moved: CardMove[];
}

export const EMPTY_CARD_ID_MAP: CardIdMap = { cards: {}, moved: [] };

const isMove = (value: unknown): value is CardMove =>
  typeof value === 'object' && value !== null && typeof (value as CardMove).from === 'string' && typeof (value as CardMove).to === 'string';

/** The map in a file's JSON, or a reason it is not one. */
export function parseCardIdMap(json: unknown): CardIdMap | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'it is not a JSON object';
  const { cards, moved } = json as Record<string, unknown>;
  if (typeof cards !== 'object' || cards === null || Array.isArray(cards) || Object.values(cards).some((key) => typeof key !== 'string')) {
    return '"cards" is not an object of card ids and their keys';
  }
  if (!Array.isArray(moved) || !moved.every(isMove)) return '"moved" is not a list of { from, to } moves';
  return { cards: cards as Record<string, string>, moved };
}

/** Where ids of the map (and of every move recorded) are in `deck` now; only moves to cards the deck has. */
export function idMovesOf(deck: Pick<Deck, 'cards'>, map: CardIdMap): CardMove[] {
  const current = moveKeys(deck.cards);
  const detected = findCardMoves(new Map(Object.entries(map.cards)), current);
  const all = resolveMoves([...map.moved, ...detected]);
  const seen = new Set<string>();
  return all.filter((move) => {
    if (seen.has(move.from) || current.has(move.from) || !current.has(move.to)) return false;
    seen.add(move.from);
    return true;
  });
}

/** The map to write after building `deck`: its cards now, and every move so far (the ones found now included). */
export function updatedCardIdMap(deck: Pick<Deck, 'cards'>, map: CardIdMap): CardIdMap {
  const moved = idMovesOf(deck, map);
  return { cards: Object.fromEntries(moveKeys(deck.cards)), moved };
}
