// What weak topics are computed from, gathered from the store: the deck's progress and log, and the quizzes taken
// on it (their misses and, where a quiz recorded them, the cards taken for one another).
import type { Deck } from '../../domain/deck';
import type { StudySettings, DeckProgress, DeckLog } from '../../domain/progress';
import { schedulerOptionsFrom } from '../../domain/scheduler';
import type { ConfusionEvent, QuizMissRecord, WeakTopicsInput } from '../../domain/weak-topics';
import type { QuizRecord } from '../../domain/quiz-record';

export function quizMissRecords(history: readonly QuizRecord[], deckId: string): QuizMissRecord[] {
  return history
    .filter((record) => record.deckId === deckId)
    .map(({ id, startedAt, finishedAt, wrongCardIds }) => ({ id, startedAt, finishedAt, wrongCardIds }));
}

/** Each recorded confusion, dated when its quiz was finished (quizzes saved before confusions were kept have none). */
export function quizConfusionEvents(history: readonly QuizRecord[], deckId: string): ConfusionEvent[] {
  return history
    .filter((record) => record.deckId === deckId)
    .flatMap((record) => (record.confusions ?? []).map(({ cardId, confusedWithCardId }) => ({ cardId, confusedWithCardId, at: record.finishedAt })));
}

export interface StoredStudy {
  progress: DeckProgress;
  log: DeckLog;
  history: readonly QuizRecord[];
  settings: StudySettings;
}

export function weakTopicsInput(deck: Deck, stored: StoredStudy, now: number): WeakTopicsInput {
  return {
    deck,
    progress: stored.progress,
    log: stored.log,
    quizzes: quizMissRecords(stored.history, deck.id),
    confusions: quizConfusionEvents(stored.history, deck.id),
    now,
    options: schedulerOptionsFrom(stored.settings, false),
  };
}
