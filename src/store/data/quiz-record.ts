// One finished quiz, as the quiz history keeps it. Ids only (no question text), so the history stays small.
// Fields added after the first stored version are optional, so older records stay readable.
import type { QuizFormat } from '../../domain/quiz-types';
import type { StudyScope } from '../../domain/study-scope';

/** The learner took the card behind a question for another card (a wrong option, another term typed). */
export interface QuizConfusion {
  cardId: string;
  confusedWithCardId: string;
}

export interface QuizRecord {
  /** Unique; merging two tabs' histories dedupes on it. */
  id: string;
  deckId: string;
  startedAt: number;
  finishedAt: number;
  mode: 'practice' | 'exam';
  questionCount: number;
  /** Points scored, 0–questionCount (list recall and matching give partial credit). */
  score: number;
  /** Cards behind the questions answered wrongly. (Every grade a quiz gave is in the review log, origin 'quiz'.) */
  wrongCardIds: string[];
  /** Which wrong option or term was given for which card, for the weak-topics screen. */
  confusions?: QuizConfusion[];
  /** What the quiz covered, as the learner saw it then ("Chapter 3: Kubernetes Architecture"). */
  scopeLabel?: string;
  /** What the quiz drew its questions from, its seed, formats and size: enough to ask the same quiz again. */
  scope?: StudyScope;
  seed?: number;
  formats?: QuizFormat[];
  requestedCount?: number;
  /** Exam only: the time allowed, and whether it ran out (the exam was submitted by the timer). */
  timeLimitMs?: number;
  timedOut?: boolean;
}
