// The quiz routes over a test's store and clock (screen-test-kit.tsx) and a ticker the test fires.
import { act } from '@testing-library/react';
import type { Deck } from '../../../src/domain/deck';
import { Route, Switch } from 'wouter';
import { paths } from '../../../src/config/paths';
import { QuizResultsRoute } from '../../../src/features/quiz/quiz-results-route';
import { QuizRoute } from '../../../src/features/quiz/quiz-route';
import type { Ticker } from '../../../src/features/quiz/quiz-runner';
import type { StudyStore } from '../../../src/store/create-study-store';
import { Rating } from '../../../src/domain/progress';
import { DAY, renderAt, SECOND, T0 } from '../screen-test-kit';

/** A ticker that ticks only when the test says so. */
export function makeTicker() {
  const listeners = new Set<() => void>();
  const ticker: Ticker = (onTick) => {
    listeners.add(onTick);
    return () => listeners.delete(onTick);
  };
  return {
    ticker,
    tick: () => act(() => listeners.forEach((listener) => listener())),
    get running() {
      return listeners.size;
    },
  };
}

/** The quiz screen and the results pages, routed as the app routes them (src/app/routes.tsx). */
export function renderQuiz(hash: string, deck: Deck, store: StudyStore, clock: () => number, ticker: Ticker) {
  return renderAt(
    hash,
    store,
    <Switch>
      <Route path={paths.quizResults.path}>
        {(params: Record<string, string | undefined>) => <QuizResultsRoute deck={deck} quizId={params.quizId ?? ''} clock={clock} />}
      </Route>
      <Route path={paths.quiz.path}>
        <QuizRoute deck={deck} clock={clock} ticker={ticker} />
      </Route>
    </Switch>,
  );
}

/** Cards the learner has studied: each graded Easy by a review `daysAgo` days before T0, so in review now. */
export function studiedBefore(store: StudyStore, deck: Deck, cardIds: readonly string[], daysAgo = 10) {
  for (const cardId of cardIds) store.getState().gradeCard(deck.id, cardId, Rating.Easy, T0 - daysAgo * DAY, 5 * SECOND);
}
