// `#/quiz/results/<quiz id>`: a finished quiz's results page, as its history record keeps it, with retry, retake
// and the history beside it. Where finishing a quiz leads, and where every past quiz in the history links to.
import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { useStore } from 'zustand';
import { PageTitle } from '../../components/page-title';
import { paths } from '../../config/paths';
import type { Deck } from '../../domain/deck';
import { normaliseSeed } from '../../domain/random';
import { planOf, retryMissedPlan } from '../../domain/quiz-session';
import { selectQuizHistory } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';
import { QuizHistoryList } from './quiz-history-list';
import { QuizResults } from './quiz-results';
import { ReplaceQuizConfirm } from './replace-quiz-confirm';
import { useQuizStart } from './use-quiz-start';
import './quiz.css';

interface QuizResultsRouteProps {
  deck: Deck;
  quizId: string;
  clock?: () => number;
}

function NoSuchQuiz({ otherDeck }: { otherDeck: boolean }) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  return (
    <div className="screen container narrow quiz-screen">
      <PageTitle title="Quiz results" />
      <div className="screen-header">
        <p className="eyebrow">Quiz results</p>
        <h1 ref={titleRef} tabIndex={-1}>
          {otherDeck ? 'This quiz was taken in another deck' : 'This quiz is not in your history'}
        </h1>
        <p className="lead">
          {otherDeck ? 'Switch to that deck under Decks to see its results.' : 'It may have been taken in another browser, or your progress was reset.'}
        </p>
      </div>
      <div className="actions">
        <Link href={paths.quiz.href()} className="button button-primary">
          Go to quizzes
        </Link>
      </div>
    </div>
  );
}

export function QuizResultsRoute({ deck, quizId, clock = Date.now }: QuizResultsRouteProps) {
  const store = useStudyStore();
  const [, navigate] = useLocation();
  const allHistory = useStore(store, selectQuizHistory);
  const record = allHistory.find((candidate) => candidate.id === quizId);
  const history = useMemo(() => allHistory.filter((candidate) => candidate.deckId === deck.id), [allHistory, deck.id]);
  const quizStart = useQuizStart(deck, clock);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), [quizId]);

  if (!record || record.deckId !== deck.id) return <NoSuchQuiz otherDeck={record !== undefined} />;
  const plan = planOf(record);
  return (
    <QuizResults
      deck={deck}
      record={record}
      titleRef={titleRef}
      onRetryMissed={() => {
        const retry = retryMissedPlan(record, normaliseSeed(clock()));
        if (retry) quizStart.start(retry);
      }}
      onRetake={plan && (() => quizStart.start(plan))}
      onNewQuiz={() => navigate(paths.quiz.href())}
      notice={
        <>
          {quizStart.replacing && <ReplaceQuizConfirm replacing={quizStart.replacing} onReplace={quizStart.replace} onKeep={quizStart.keep} now={clock()} />}
          {quizStart.problem && (
            <p className="notice" role="alert">
              {quizStart.problem}
            </p>
          )}
        </>
      }
    >
      <QuizHistoryList records={history} currentId={record.id} />
    </QuizResults>
  );
}
