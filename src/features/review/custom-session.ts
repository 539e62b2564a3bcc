// A custom session (`#/review?cards=a,b&custom=1`, from weak topics and the exam cram): exactly the listed cards, in
// the listed order, each once whether due or not, graded as usual. After the list, the usual queue of those cards
// goes on, so a card answered Again comes back after its learning step (as in Anki's filtered decks).
import { cardValue } from '../../domain/card-map';
import { buildReviewQueue, cardCategory, type QueueCounts, type QueueInput } from '../../domain/review-queue';
import { chooseView, type ReviewView, type SessionGrade } from './review-session';

/** Listed cards still to show: in the deck, not suspended, not yet graded in this session; in the listed order. */
export function pendingCustomCards(input: QueueInput, cardIds: readonly string[], grades: readonly SessionGrade[]): string[] {
  const inDeck = new Set(input.cards.map((card) => card.id));
  const graded = new Set(grades.map((grade) => grade.cardId));
  return cardIds.filter((id) => inDeck.has(id) && !graded.has(id) && !cardValue(input.progress, id)?.suspended);
}

/** What the session shows next: the next listed card, or, once all are done, what the queue says. */
export function sessionView(input: QueueInput, customCardIds: readonly string[] | null, grades: readonly SessionGrade[]): ReviewView {
  const next = customCardIds ? pendingCustomCards(input, customCardIds, grades)[0] : undefined;
  if (next) return { kind: 'card', cardId: next, side: 'front', shownAt: input.now, revealedAt: null };
  return chooseView(input);
}

/** Queue counts of a custom session: the listed cards still to show, plus the queue's other cards (learning steps). */
export function customQueueCounts(input: QueueInput, cardIds: readonly string[], grades: readonly SessionGrade[]): QueueCounts {
  const queue = buildReviewQueue(input);
  const pending = pendingCustomCards(input, cardIds, grades);
  const counts: QueueCounts = { ...queue.counts, new: 0, learning: 0, review: 0 };
  for (const cardId of new Set([...pending, ...queue.cardIds])) counts[cardCategory(cardValue(input.progress, cardId))] += 1;
  return counts;
}
