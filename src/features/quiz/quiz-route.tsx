// `#/quiz`: the quiz screen with the part of the deck the query names (src/config/paths.ts) chosen on its set-up
// form. A new link starts afresh.
import { useSearchParams } from 'wouter';
import { scopeFromQuery } from '../../config/paths';
import type { Deck } from '../../domain/deck';
import { scopeKey } from '../../domain/study-scope';
import { intervalTicker } from './quiz-runner';
import { QuizScreen, type QuizEnvironment } from './quiz-screen';

interface QuizRouteProps extends Partial<QuizEnvironment> {
  deck: Deck;
}

export function QuizRoute({ deck, clock = Date.now, ticker = intervalTicker }: QuizRouteProps) {
  const [searchParams] = useSearchParams();
  const scope = scopeFromQuery(searchParams);
  return <QuizScreen key={scopeKey(scope)} deck={deck} linkedScope={scope} clock={clock} ticker={ticker} />;
}
