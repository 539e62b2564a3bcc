// The quiz screen: set-up, then a practice quiz or a timed exam, then the results. Answers grade the cards behind
// the questions (origin 'quiz': practice as each is checked, an exam at submission); every finished quiz is kept
// in the store's history.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { scopeLabel } from '../../components/scope-label';
import type { Deck } from '../../domain/deck';
import type { StudyScope } from '../../domain/study-scope';
import { normaliseSeed } from '../../domain/random';
import { selectQuizHistory } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';
import { QuizHistoryList } from './quiz-history-list';
import { QuizResults } from './quiz-results';
import { QuizRunner, type Ticker } from './quiz-runner';
import { finishQuiz, retryMissedPlan, startQuiz, type CardGrade, type FinishedQuiz, type QuizPlan, type RunningQuiz } from './quiz-session';
import { QuizSetup, type QuizChoices } from './quiz-setup';
import './quiz.css';

export interface QuizEnvironment {
  clock: () => number;
  /** Drives the exam countdown. */
  ticker: Ticker;
}

interface QuizScreenProps extends QuizEnvironment {
  deck: Deck;
  /** The scope the link asked for (`?chapter=…`, `?section=…`, `?cards=…`), the whole deck without one. */
  linkedScope: StudyScope;
}

type Phase = { kind: 'setup'; problem: string | null } | { kind: 'running'; state: RunningQuiz } | { kind: 'results'; finished: FinishedQuiz };

const withoutSeed = ({ seed: _seed, ...choices }: QuizPlan): QuizChoices => choices;

export function QuizScreen({ deck, linkedScope, clock, ticker }: QuizScreenProps) {
  const store = useStudyStore();
  const [phase, setPhase] = useState<Phase>({ kind: 'setup', problem: null });
  const [lastChoices, setLastChoices] = useState<QuizChoices | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const allHistory = useStore(store, selectQuizHistory);
  const history = useMemo(() => allHistory.filter((record) => record.deckId === deck.id), [allHistory, deck.id]);

  const linkNotFound = scopeLabel(deck, linkedScope) === null;
  const initialScope: StudyScope = linkNotFound ? { kind: 'deck' } : linkedScope;

  // Set-up and results start at their title; a running quiz puts focus on its question itself.
  const phaseKey = phase.kind === 'results' ? `results:${phase.finished.record.id}` : phase.kind;
  const firstPhase = useRef(true);
  useEffect(() => {
    if (firstPhase.current) {
      firstPhase.current = false;
      return;
    }
    if (!phaseKey.startsWith('running')) titleRef.current?.focus();
  }, [phaseKey]);

  const start = (plan: QuizPlan) => {
    setLastChoices(withoutSeed(plan));
    const state = startQuiz(deck, plan, clock());
    if (!state) {
      setPhase({
        kind: 'setup',
        problem: `No questions can be made from “${plan.scopeLabel}” with the chosen types of question. Choose more types, or another part of your notes.`,
      });
      return;
    }
    setPhase({ kind: 'running', state });
  };

  // The seed comes from the clock at the start; it is kept with the quiz so a retake asks the same questions.
  const startWith = (choices: QuizChoices) => start({ ...choices, seed: normaliseSeed(clock()) });

  const giveGrades = (grades: readonly CardGrade[]) => {
    if (grades.length === 0) return;
    const now = clock();
    const { gradeCard } = store.getState();
    for (const { cardId, grade, durationMs } of grades) gradeCard(deck.id, cardId, grade, now, durationMs, 'quiz');
  };

  const finish = (state: RunningQuiz, { timedOut }: { timedOut: boolean }) => {
    if (phase.kind !== 'running' || phase.state.quiz.id !== state.quiz.id) return;
    const finished = finishQuiz(state, clock(), { timedOut });
    if (!finished) {
      setPhase({ kind: 'setup', problem: null });
      return;
    }
    giveGrades(finished.grades);
    store.getState().addQuizRecord(finished.record);
    setPhase({ kind: 'results', finished });
  };

  switch (phase.kind) {
    case 'running':
      return (
        <QuizRunner
          key={phase.state.quiz.id}
          deck={deck}
          state={phase.state}
          onChange={(state) => setPhase({ kind: 'running', state })}
          onGrades={giveGrades}
          onFinish={finish}
          clock={clock}
          ticker={ticker}
        />
      );
    case 'results': {
      const { finished } = phase;
      return (
        <QuizResults
          deck={deck}
          finished={finished}
          titleRef={titleRef}
          onRetryMissed={() => {
            const plan = retryMissedPlan(finished, normaliseSeed(clock()));
            if (plan) start(plan);
          }}
          onRetake={() => start(finished.plan)}
          onNewQuiz={() => setPhase({ kind: 'setup', problem: null })}
        >
          <QuizHistoryList records={history} currentId={finished.record.id} />
        </QuizResults>
      );
    }
    case 'setup':
      return (
        <QuizSetup
          deck={deck}
          initial={lastChoices ?? { scope: initialScope }}
          linkNotFound={linkNotFound && lastChoices === null}
          problem={phase.problem}
          onStart={startWith}
          titleRef={titleRef}
        >
          {history.length > 0 && <QuizHistoryList records={history} limit={10} />}
        </QuizSetup>
      );
  }
}
