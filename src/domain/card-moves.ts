// Progress follows a card when its id changes but the card does not: a renamed chapter or section changes the ids
// of the cards under it ("kubernetes-architecture/definition/kubelet" → "architecture/definition/kubelet"), yet each
// is the same card, found by its kind and term. Pure functions: which cards moved, and the progress data re-keyed.
import type { Card } from './deck';
import { cardEntries, cardMapOf, hasCard, type CardMap } from './card-map';
import type { ManualEntry, ReviewEntry } from './progress';
import { compareLogged, logEntries, reviewLogOf, type ReviewLog } from './review-log';

export interface CardMove {
  from: string;
  to: string;
}

/** What stays when a card moves: its kind, its direction, which part of its note it is, and its term or prompt. */
export function moveKey(card: Pick<Card, 'id' | 'noteId' | 'kind' | 'reverse' | 'term' | 'prompt' | 'context'>): string {
  const part = card.id === card.noteId ? '' : card.id.slice(card.noteId.length + 1);
  const words = card.kind === 'cloze' ? (card.context ?? card.prompt) : card.reverse ? (card.term ?? card.prompt) : (card.term ?? card.prompt);
  const normalised = words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${card.kind}|${card.reverse ? 'reverse' : 'forward'}|${part}|${normalised}`;
}

type KeyedCard = Parameters<typeof moveKey>[0];

/** Each card's id and move key, as a deck's cards give them (and as a stored id map keeps them). */
export const moveKeys = (cards: readonly KeyedCard[]): Map<string, string> => new Map(cards.map((card) => [card.id, moveKey(card)]));

/**
 * Cards whose id is gone from `next`, paired with the card of `next` that has the same move key and an id `previous`
 * did not have. A key shared by several gone or several new cards is ambiguous and moves nothing.
 */
export function findCardMoves(previous: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): CardMove[] {
  const group = (from: ReadonlyMap<string, string>, without: ReadonlyMap<string, string>) => {
    const byKey = new Map<string, string[]>();
    for (const [id, key] of from) if (!without.has(id)) byKey.set(key, [...(byKey.get(key) ?? []), id]);
    return byKey;
  };
  const gone = group(previous, next);
  const added = group(next, previous);
  const moves: CardMove[] = [];
  for (const [key, from] of gone) {
    const to = added.get(key);
    if (from.length === 1 && to?.length === 1) moves.push({ from: from[0], to: to[0] });
  }
  return moves;
}

/** A chain of recorded moves (a → b, b → c) resolved to where each old id ends up (a → c, b → c). */
export function resolveMoves(moves: readonly CardMove[]): CardMove[] {
  const next = new Map(moves.map((move) => [move.from, move.to]));
  return moves.map((move) => {
    let to = move.to;
    const seen = new Set([move.from]);
    while (next.has(to) && !seen.has(to)) {
      seen.add(to);
      to = next.get(to) as string;
    }
    return { from: move.from, to };
  });
}

export interface MovableData<Progress> {
  progress: Record<string, CardMap<Progress>>;
  cardChangedAt: Record<string, CardMap<number>>;
  log: Record<string, ReviewLog<ReviewEntry>>;
  manualLog: Record<string, ManualEntry[]>;
  undoneReviews: Record<string, Record<string, number[]>>;
}

/**
 * One deck's data with each moved card's progress, change time, undone reviews and review log re-keyed to its new
 * id. A card that already has progress under its new id keeps it; the old entry then stays where it is (an orphan,
 * as progress of any card gone from the notes).
 */
export function moveCardData<Progress, Data extends MovableData<Progress>>(data: Data, deckId: string, moves: readonly CardMove[]): Data {
  const progress = Object.hasOwn(data.progress, deckId) ? data.progress[deckId] : undefined;
  if (!progress || moves.length === 0) return data;
  const applied = moves.filter((move) => move.from !== move.to && hasCard(progress, move.from) && !hasCard(progress, move.to));
  if (applied.length === 0) return data;
  const renamed = new Map(applied.map((move) => [move.from, move.to]));
  const rekey = <T>(record: Record<string, T> | undefined): Record<string, T> | undefined => {
    if (!record) return record;
    const out: Record<string, T> = {};
    for (const [cardId, value] of Object.entries(record)) out[renamed.get(cardId) ?? cardId] = value;
    return out;
  };
  const remap = <T>(map: CardMap<T> | undefined): CardMap<T> | undefined =>
    map && cardMapOf(cardEntries(map).map(([cardId, value]) => [renamed.get(cardId) ?? cardId, value] as const));
  const relog = <T extends { at: number; cardId: string }>(entries: readonly T[] | undefined): T[] | undefined => {
    const out = entries?.map((entry) => (renamed.has(entry.cardId) ? { ...entry, cardId: renamed.get(entry.cardId) as string } : entry));
    return out?.sort(compareLogged);
  };
  const reviews = Object.hasOwn(data.log, deckId) ? relog(logEntries(data.log[deckId])) : undefined;
  const log = reviews && reviewLogOf(reviews);
  const manualLog = relog(data.manualLog[deckId]);
  return {
    ...data,
    progress: { ...data.progress, [deckId]: remap(progress) as CardMap<Progress> },
    cardChangedAt: Object.hasOwn(data.cardChangedAt, deckId)
      ? { ...data.cardChangedAt, [deckId]: remap(data.cardChangedAt[deckId]) as CardMap<number> }
      : data.cardChangedAt,
    undoneReviews: data.undoneReviews[deckId]
      ? { ...data.undoneReviews, [deckId]: rekey(data.undoneReviews[deckId]) as Record<string, number[]> }
      : data.undoneReviews,
    log: log ? { ...data.log, [deckId]: log } : data.log,
    manualLog: manualLog ? { ...data.manualLog, [deckId]: manualLog } : data.manualLog,
  };
}
