// What a quiz answer may do to the schedule. A quiz answer is weaker evidence than a flashcard review (README,
// "Quizzes and your schedule"), much as Anki treats answers in a filtered deck as a side trip from the home deck:
// - "practice only" changes nothing;
// - a new card stays new: only the review screen introduces cards, within the day's new-card limit;
// - a suspended card stays as it is;
// - a card is graded by quizzes at most once a study day (its first quiz answer of the day counts);
// - a wrong pick among shown options (multiple choice, true/false, matching) never turns a card in review into a
//   lapse on its own: it is kept as a quiz miss (weak topics show it) and the review screen decides;
// - anything else is graded as answered: right → Good, wrong → Again (list recall: partial credit → Hard).
// Pure: the clock and the card states are parameters.
import { logEntriesSince } from './review-log';
import { cardValue } from './card-map';
import { Rating, State, type Grade, type DeckProgress, type DeckLog } from './progress';
import type { QuizFormat } from './quiz-types';
import { studyDayStart } from './study-day';

/** Naming the answer (typing it, listing items) is recall; picking it among shown options is recognition. */
export type QuizEvidence = 'recall' | 'recognition';

export function evidenceOf(format: QuizFormat): QuizEvidence {
  return format === 'typed' || format === 'list-recall' ? 'recall' : 'recognition';
}

/** A grade a quiz answer earned for a card, before the policy decides whether it reaches the schedule. */
export interface CardGrade {
  cardId: string;
  grade: Grade;
  durationMs: number;
  evidence: QuizEvidence;
}

/** Why a quiz grade did not reach the schedule. */
export type QuizGradeSkip = 'practice-only' | 'new-card' | 'suspended' | 'graded-today' | 'not-lapsed';

/** What happened to one quiz grade: given to the card, or left out and why. */
export type QuizGradeOutcome = 'graded' | QuizGradeSkip;

export type QuizGradeDecision = { cardId: string; outcome: 'graded'; grade: Grade; durationMs: number } | { cardId: string; outcome: QuizGradeSkip };

export interface QuizGradeInput {
  grades: readonly CardGrade[];
  /** The deck's card states and review log. */
  progress: DeckProgress;
  log: DeckLog;
  now: number;
  dayStartHour: number;
  practiceOnly: boolean;
}

/** Cards of `log` graded by a quiz in the study day of `now`. The log is by month, so only its last months are read. */
export function cardsGradedByQuizToday(log: DeckLog, now: number, dayStartHour: number): Set<string> {
  const cards = new Set<string>();
  for (const entry of logEntriesSince(log, studyDayStart(now, dayStartHour))) if (entry.origin === 'quiz') cards.add(entry.cardId);
  return cards;
}

/** The policy above, grade by grade, in order; a card met twice in `grades` is graded at most once. */
export function decideQuizGrades({ grades, progress, log, now, dayStartHour, practiceOnly }: QuizGradeInput): QuizGradeDecision[] {
  const gradedToday = cardsGradedByQuizToday(log, now, dayStartHour);
  return grades.map(({ cardId, grade, durationMs, evidence }): QuizGradeDecision => {
    if (practiceOnly) return { cardId, outcome: 'practice-only' };
    const card = cardValue(progress, cardId);
    if (!card || card.scheduling.state === State.New) return { cardId, outcome: 'new-card' };
    if (card.suspended) return { cardId, outcome: 'suspended' };
    if (gradedToday.has(cardId)) return { cardId, outcome: 'graded-today' };
    if (grade === Rating.Again && evidence === 'recognition' && card.scheduling.state === State.Review) return { cardId, outcome: 'not-lapsed' };
    gradedToday.add(cardId);
    return { cardId, outcome: 'graded', grade, durationMs };
  });
}

/** How many grades had each outcome. */
export type QuizScheduleSummary = Partial<Record<QuizGradeOutcome, number>>;

export function summariseOutcomes(outcomes: Iterable<QuizGradeOutcome>): QuizScheduleSummary {
  const summary: QuizScheduleSummary = {};
  for (const outcome of outcomes) summary[outcome] = (summary[outcome] ?? 0) + 1;
  return summary;
}
