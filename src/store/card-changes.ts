// Changes made by hand to many cards at once (the card browser's suspend, flag, forget and reschedule), and their
// undo. Kept out of the store's slices so that only the screen that makes them loads this code.
import { changedProgress, progressBefore, type CardChange } from '../domain/card-changes';
import type { CardProgress, ManualEntry } from '../domain/progress';
import { own } from './data/own-key';
import { nextChangeTime } from './data/stored-time';
import { compareReviewEntries, deckCardValue, sameCardProgress, withCardValues } from './data/study-data';
import type { StudyStore } from './create-study-store';
import type { StudyState } from './study-state';

/** What a change to many cards did, card by card: enough to undo it. */
export interface CardsChanged {
  deckId: string;
  change: CardChange;
  /** Each card changed: its progress before and after, and when it changed (a forget's log time). */
  cards: ReadonlyArray<{ cardId: string; before: CardProgress | undefined; after: CardProgress; at: number }>;
}

/** A change time after the card's last one (and after a reset), as every change of the store records. */
const changeTime = (state: StudyState, deckId: string, cardId: string, now: number) =>
  nextChangeTime(now, deckCardValue(state.cardChangedAt, deckId, cardId), state.progressResetAt);

/** Makes one change to many cards at once (a forget is logged per card); cards it would leave as they are are left out. */
export function changeCards(store: StudyStore, deckId: string, cardIds: readonly string[], change: CardChange, now: number): CardsChanged {
  const state = store.getState();
  const cards: Array<CardsChanged['cards'][number]> = [];
  const forgets: ManualEntry[] = [];
  for (const cardId of new Set(cardIds)) {
    const before = deckCardValue(state.progress, deckId, cardId);
    const at = changeTime(state, deckId, cardId, now);
    const after = changedProgress(before, change, at);
    if (!after) continue;
    cards.push({ cardId, before, after, at });
    if (change.kind === 'forget') forgets.push({ cardId, at, action: 'forget' });
  }
  if (cards.length > 0) {
    const deckManual = own(state.manualLog, deckId) ?? [];
    store.setState({
      progress: withCardValues(
        state.progress,
        deckId,
        cards.map(({ cardId, after }) => [cardId, after] as const),
      ),
      cardChangedAt: withCardValues(
        state.cardChangedAt,
        deckId,
        cards.map(({ cardId, at }) => [cardId, at] as const),
      ),
      ...(forgets.length > 0 ? { manualLog: { ...state.manualLog, [deckId]: [...deckManual, ...forgets].sort(compareReviewEntries) } } : {}),
    });
  }
  return { deckId, change, cards };
}

/**
 * Undoes a changeCards: each card still as the change left it gets its progress back (and a forget's log entry is
 * removed); a card changed since (graded, changed again) keeps that later change. Returns how many were restored.
 */
export function undoCardChanges(store: StudyStore, { deckId, change, cards }: CardsChanged, now: number): number {
  const state = store.getState();
  const restored: Array<[string, CardProgress]> = [];
  const times: Array<[string, number]> = [];
  const undoneForgets = new Set<string>();
  for (const { cardId, before, after, at } of cards) {
    const current = deckCardValue(state.progress, deckId, cardId);
    if (!current || !sameCardProgress(current, after)) continue;
    restored.push([cardId, progressBefore(before, after)]);
    times.push([cardId, changeTime(state, deckId, cardId, now)]);
    if (change.kind === 'forget') undoneForgets.add(`${cardId}\u0000${at}`);
  }
  if (restored.length === 0) return 0;
  const deckManual = own(state.manualLog, deckId) ?? [];
  const manual = undoneForgets.size > 0 ? deckManual.filter((entry) => !undoneForgets.has(`${entry.cardId}\u0000${entry.at}`)) : deckManual;
  const manualLog = { ...state.manualLog, [deckId]: manual };
  if (manual.length === 0) delete manualLog[deckId];
  store.setState({
    progress: withCardValues(state.progress, deckId, restored),
    cardChangedAt: withCardValues(state.cardChangedAt, deckId, times),
    ...(manual !== deckManual ? { manualLog } : {}),
  });
  return restored.length;
}
