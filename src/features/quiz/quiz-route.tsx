// `#/quiz`, `#/quiz?chapter=<id>`, `#/quiz?section=<id>`, `#/quiz?cards=<id>,<id>`: the quiz screen with that part
// of the deck chosen on its set-up form. A new link starts afresh.
import { useSearchParams } from 'wouter';
import type { Deck } from '../../domain/deck';
import { useStudyStore } from '../../store/study-store';
import { intervalTicker } from './quiz-runner';
import { scopeFromQuery, scopeKey } from './quiz-scope';
import { QuizScreen, type QuizEnvironment } from './quiz-screen';

interface QuizRouteProps extends Partial<QuizEnvironment> {
  deck: Deck;
}

export function QuizRoute({ deck, store = useStudyStore, clock = Date.now, ticker = intervalTicker }: QuizRouteProps) {
  const [searchParams] = useSearchParams();
  const scope = scopeFromQuery(searchParams);
  return <QuizScreen key={scopeKey(scope)} deck={deck} linkedScope={scope} store={store} clock={clock} ticker={ticker} />;
}
