// The quiz in progress in each deck, kept (and persisted) with the rest of the study data, so that leaving the quiz
// screen, a reload or a closed tab never loses it. The answers' grades reach the schedule through the quiz policy
// (domain/quiz-schedule.ts), in the same step as the session they belong to.
import { decideQuizGrades, summariseOutcomes, type CardGrade, type QuizGradeDecision, type QuizGradeOutcome } from '../../domain/quiz-schedule';
import type { RunningQuiz } from '../../domain/quiz-session';
import { withGrade, type GradedData } from '../data/graded-data';
import { emptyCardMap } from '../../domain/card-map';
import { emptyReviewLog } from '../../domain/review-log';
import { own } from '../data/own-key';
import { withQuizRecord } from '../data/quiz-history';
import { nextChangeTime } from '../data/stored-time';
import type { QuizSessionSlot } from '../data/study-data';
import type { QuizSessionSlice, StudySliceCreator } from '../study-state';

export interface QuizSessionSliceOptions {
  enableFuzz: boolean;
}

/** The data after the grades the policy allows; the decisions, one per grade. */
function applyQuizGrades(
  data: GradedData,
  deckId: string,
  grades: readonly CardGrade[],
  practiceOnly: boolean,
  now: number,
  enableFuzz: boolean,
): { data: GradedData; decisions: QuizGradeDecision[] } {
  const decisions = decideQuizGrades({
    grades,
    progress: own(data.progress, deckId) ?? emptyCardMap(),
    log: own(data.log, deckId) ?? emptyReviewLog(),
    now,
    dayStartHour: data.settings.dayStartHour,
    practiceOnly,
  });
  let next = data;
  for (const decision of decisions) {
    if (decision.outcome === 'graded') next = withGrade(next, deckId, decision.cardId, decision.grade, now, decision.durationMs, 'quiz', enableFuzz).data;
  }
  return { data: next, decisions };
}

function withOutcomes(
  outcomes: Readonly<Record<string, QuizGradeOutcome>> | undefined,
  decisions: readonly QuizGradeDecision[],
): Record<string, QuizGradeOutcome> {
  const next = { ...outcomes };
  for (const { cardId, outcome } of decisions) next[cardId] = outcome;
  return next;
}

export function createQuizSessionSlice({ enableFuzz }: QuizSessionSliceOptions): StudySliceCreator<QuizSessionSlice> {
  return (set, get) => {
    /** What the quiz's grades did so far: the outcomes kept for it in the store, and any `running` brings. */
    const outcomesSoFar = (deckId: string, running: RunningQuiz) => {
      const kept = own(get().quizSessions, deckId)?.running;
      return kept?.quiz.id === running.quiz.id ? { ...running.outcomes, ...kept.outcomes } : running.outcomes;
    };

    /** The deck's slot set to `running`, changed after its last change (so merging keeps this one). */
    const slotAt = (deckId: string, running: RunningQuiz | null, now: number): Record<string, QuizSessionSlot> => {
      const { quizSessions, progressResetAt } = get();
      const changedAt = nextChangeTime(now, own(quizSessions, deckId)?.changedAt, progressResetAt);
      return { ...quizSessions, [deckId]: { changedAt, running } };
    };

    return {
      quizSessions: {},

      saveQuizSession: (deckId, running, now) => {
        const outcomes = outcomesSoFar(deckId, running);
        set({ quizSessions: slotAt(deckId, outcomes ? { ...running, outcomes } : running, now) });
      },

      saveQuizAnswer: (deckId, running, grades, now) => {
        const { data, decisions } = applyQuizGrades(get(), deckId, grades, running.plan.practiceOnly ?? false, now, enableFuzz);
        const saved = { ...running, outcomes: withOutcomes(outcomesSoFar(deckId, running), decisions) };
        set({ progress: data.progress, cardChangedAt: data.cardChangedAt, log: data.log, quizSessions: slotAt(deckId, saved, now) });
        return decisions;
      },

      discardQuizSession: (deckId, now) => {
        if (!own(get().quizSessions, deckId)?.running) return;
        set({ quizSessions: slotAt(deckId, null, now) });
      },

      finishQuizSession: (deckId, finished, now) => {
        const state = get();
        const kept = state.quizHistory.find((record) => record.id === finished.record.id);
        if (kept) return kept;
        const running = own(state.quizSessions, deckId)?.running;
        const { data, decisions } = applyQuizGrades(state, deckId, finished.grades, finished.plan.practiceOnly ?? false, now, enableFuzz);
        const outcomes = withOutcomes(running?.quiz.id === finished.record.id ? running.outcomes : undefined, decisions);
        const { results } = finished.record;
        const record = results ? { ...finished.record, results: { ...results, schedule: summariseOutcomes(Object.values(outcomes)) } } : finished.record;
        const sessionEnds = running?.quiz.id === finished.record.id;
        set({
          progress: data.progress,
          cardChangedAt: data.cardChangedAt,
          log: data.log,
          quizHistory: withQuizRecord(state.quizHistory, record),
          ...(sessionEnds ? { quizSessions: slotAt(deckId, null, now) } : {}),
        });
        return record;
      },
    };
  };
}
