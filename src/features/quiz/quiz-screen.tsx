// The quiz screen: the deck's quiz in progress (a practice quiz or a timed exam), or the set-up for a new one. The
// quiz in progress lives in the store, so leaving this screen, a reload or a closed tab resumes it exactly; its
// answers grade the cards behind the questions as the quiz policy allows (domain/quiz-schedule.ts): practice as each
// is checked, an exam at submission. A finished quiz is kept whole in the history and shown at its results page.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useStore } from 'zustand';
import { ResumeQuizPanel } from '../../components/resume-quiz-panel';
import { scopeLabel } from '../../components/scope-label';
import { paths } from '../../config/paths';
import type { Deck } from '../../domain/deck';
import { normaliseSeed } from '../../domain/random';
import { finishQuiz, planOf, type QuizPlan, type RunningQuiz } from '../../domain/quiz-session';
import { scopeKey, WHOLE_DECK, type StudyScope } from '../../domain/study-scope';
import { selectQuizHistory, selectQuizSession } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';
import { QuizHistoryList } from './quiz-history-list';
import { QuizRunner, type Ticker } from './quiz-runner';
import { QuizSetup, type QuizChoices } from './quiz-setup';
import { ReplaceQuizConfirm } from './replace-quiz-confirm';
import { useQuizStart } from './use-quiz-start';
import './quiz.css';

export interface QuizEnvironment {
  clock: () => number;
  /** Drives the exam countdown. */
  ticker: Ticker;
}

interface QuizScreenProps extends QuizEnvironment {
  deck: Deck;
  /** The part of the deck the link names (`?chapter=…`, `?section=…`, `?cards=…`); null for a plain `#/quiz`. */
  linkedScope: StudyScope | null;
}

const withoutSeed = ({ seed: _seed, ...choices }: QuizPlan): QuizChoices => choices;

/** The quiz in progress is shown unless the link asks for another part of the deck (then it is offered back). */
function showsRunning(running: RunningQuiz | null, linkedScope: StudyScope | null): running is RunningQuiz {
  return running !== null && (linkedScope === null || scopeKey(linkedScope) === scopeKey(running.plan.scope));
}

export function QuizScreen({ deck, linkedScope, clock, ticker }: QuizScreenProps) {
  const store = useStudyStore();
  const [, navigate] = useLocation();
  const running = useStore(
    store,
    useMemo(() => selectQuizSession(deck.id), [deck.id]),
  );
  const allHistory = useStore(store, selectQuizHistory);
  const history = useMemo(() => allHistory.filter((record) => record.deckId === deck.id), [allHistory, deck.id]);
  const [lastChoices, setLastChoices] = useState<QuizChoices | null>(null);
  const quizStart = useQuizStart(deck, clock);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const linkNotFound = linkedScope !== null && scopeLabel(deck, linkedScope) === null;
  // The form starts from the link's part of the deck, or else from how the last quiz was asked.
  const lastPlan = history.length > 0 ? planOf(history[history.length - 1]) : null;
  const initial: Pick<QuizChoices, 'scope'> & Partial<QuizChoices> =
    lastChoices ?? (linkedScope !== null && !linkNotFound ? { scope: linkedScope } : lastPlan && !linkNotFound ? withoutSeed(lastPlan) : { scope: WHOLE_DECK });
  const resumed = showsRunning(running, linkedScope);

  // The set-up starts at its title when arrived at with nothing focused, or when a quiz ended or was discarded here.
  // A running quiz focuses its question.
  const wasRunning = useRef<boolean | null>(null);
  useEffect(() => {
    const arriving = wasRunning.current === null && document.activeElement === document.body;
    if (!resumed && (arriving || wasRunning.current === true)) titleRef.current?.focus();
    wasRunning.current = resumed;
  }, [resumed]);

  // The seed comes from the clock at the start; it is kept with the quiz so a retake asks the same questions.
  const startWith = (choices: QuizChoices) => {
    setLastChoices(choices);
    quizStart.start({ ...choices, seed: normaliseSeed(clock()) });
  };

  const finish = (state: RunningQuiz, { timedOut }: { timedOut: boolean }) => {
    const now = clock();
    const finished = finishQuiz(state, now, { timedOut });
    if (!finished) {
      // A practice quiz ended before any answer was checked: nothing to keep.
      store.getState().discardQuizSession(deck.id, now);
      return;
    }
    setLastChoices(withoutSeed(finished.plan));
    const record = store.getState().finishQuizSession(deck.id, finished, now);
    navigate(paths.quizResults.href(record.id));
  };

  if (resumed) {
    return (
      <QuizRunner
        key={running.quiz.id}
        deck={deck}
        state={running}
        onChange={(next) => store.getState().saveQuizSession(deck.id, next, clock())}
        onCheck={(next, grades) => store.getState().saveQuizAnswer(deck.id, next, grades, clock())}
        onFinish={finish}
        clock={clock}
        ticker={ticker}
      />
    );
  }

  return (
    <QuizSetup
      deck={deck}
      initial={initial}
      linkNotFound={linkNotFound && lastChoices === null}
      problem={quizStart.problem}
      onStart={startWith}
      titleRef={titleRef}
      notice={<ResumeQuizPanel deckId={deck.id} clock={clock} lead="The quiz you started is kept until you finish or discard it." />}
      confirm={
        quizStart.replacing && <ReplaceQuizConfirm replacing={quizStart.replacing} onReplace={quizStart.replace} onKeep={quizStart.keep} now={clock()} />
      }
    >
      {history.length > 0 && <QuizHistoryList records={history} limit={10} />}
    </QuizSetup>
  );
}
