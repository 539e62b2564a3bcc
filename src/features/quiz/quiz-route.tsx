// `#/quiz`: the deck's quiz in progress when there is one (and the link names no other part of the deck); otherwise
// the set-up form, with the part of the deck the query names (src/config/paths.ts) chosen.
import { useSearchParams } from 'wouter';
import { queryNamesScope, scopeFromQuery } from '../../config/paths';
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
  const linked = queryNamesScope(searchParams);
  return <QuizScreen key={linked ? scopeKey(scope) : ''} deck={deck} linkedScope={linked ? scope : null} clock={clock} ticker={ticker} />;
}
