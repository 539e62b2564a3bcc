// Starting a quiz from the set-up, a retake or a retry: it becomes the deck's quiz in progress (kept in the store)
// and the quiz screen, `#/quiz`, shows it. A quiz already in progress is replaced only after the learner says so.
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { useStore } from 'zustand';
import { paths } from '../../config/paths';
import type { Deck } from '../../domain/deck';
import { startQuiz, type QuizPlan, type RunningQuiz } from '../../domain/quiz-session';
import { suspendedCardIds } from '../../domain/progress';
import { selectDeckProgress, selectQuizSession } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';

export interface QuizStart {
  /** Starts `plan`, or asks first when a quiz is in progress (`replacing` is then set). */
  start: (plan: QuizPlan) => void;
  /** The plan waiting for the learner's word, and the quiz it would replace. */
  replacing: { plan: QuizPlan; running: RunningQuiz } | null;
  replace: () => void;
  keep: () => void;
  /** Why the last start made no quiz. */
  problem: string | null;
}

export function noQuestionsText(scopeLabel: string): string {
  return `No questions can be made from “${scopeLabel}” with the chosen types of question. Choose more types, or another part of your notes.`;
}

export function useQuizStart(deck: Deck, clock: () => number): QuizStart {
  const store = useStudyStore();
  const [path, navigate] = useLocation();
  const running = useStore(
    store,
    useMemo(() => selectQuizSession(deck.id), [deck.id]),
  );
  const [pending, setPending] = useState<QuizPlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const begin = (plan: QuizPlan) => {
    setPending(null);
    const now = clock();
    const next = startQuiz(deck, plan, now, suspendedCardIds(selectDeckProgress(deck.id)(store.getState())));
    if (!next) {
      setProblem(noQuestionsText(plan.scopeLabel));
      return;
    }
    setProblem(null);
    store.getState().saveQuizSession(deck.id, next, now);
    // `#/quiz` shows the quiz in progress whatever it covers; from the quiz screen the link it came by is replaced.
    navigate(paths.quiz.href(), { replace: path === paths.quiz.path });
  };

  return {
    start: (plan) => (running ? setPending(plan) : begin(plan)),
    replacing: pending && running ? { plan: pending, running } : null,
    replace: () => pending && begin(pending),
    keep: () => setPending(null),
    problem,
  };
}
