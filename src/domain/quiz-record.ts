// One finished quiz, as the quiz history keeps it: what it was, its score, and its results page (totals,
// breakdowns, every mistake with its question and graded answer), kept whole so a past quiz reopens as it was.
// Fields added after the first stored version are optional, so older records stay readable.
import type { QuizScheduleSummary } from './quiz-schedule';
import type { AnswerResult, Question, QuizFormat, QuizScore } from './quiz-types';
import type { StudyScope } from './study-scope';

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
  /** The learner chose "practice only": no answer of this quiz changed the schedule. */
  practiceOnly?: boolean;
  /** The results page; absent for quizzes finished before it was kept, or dropped for the oldest (quiz-results.ts). */
  results?: QuizResults;
}

/** A question not answered right, as it was asked, with the answer as graded then. */
export interface QuizMistakeRecord {
  /** The question's place in the quiz, from 1. */
  number: number;
  question: Question;
  result: AnswerResult;
}

/** The score's sums as shown, every mistake, and what the quiz did to the schedule. */
export interface QuizResults extends Pick<QuizScore, 'total' | 'answered' | 'byChapter' | 'byFormat'> {
  mistakes: QuizMistakeRecord[];
  /** What the answers did to the schedule, counted by card (README, "Quizzes and your schedule"). */
  schedule: QuizScheduleSummary;
}
