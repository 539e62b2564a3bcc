// `#/review`, `#/review?chapter=<id>`, `#/review?section=<id>`, `#/review?cards=<id>,<id>`: a review session
// over that part of the deck; `&custom=1` with `cards` makes it a custom session (custom-session.ts). A new scope
// starts a new session.
import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import type { Deck } from '../../domain/deck';
import { useStudyStore } from '../../store/study-store';
import { customCardIdsOf } from './custom-session';
import { ReviewScreen } from './review-screen';
import { scopeFromQuery, scopeKey } from './review-scope';
import type { ReviewEnvironment } from './use-review-session';

interface ReviewRouteProps extends Partial<ReviewEnvironment> {
  deck: Deck;
}

export function ReviewRoute({ deck, store = useStudyStore, clock = Date.now }: ReviewRouteProps) {
  const [searchParams] = useSearchParams();
  const query = searchParams.toString();
  // One scope object per query, so the session's memoised queue is not rebuilt on every render.
  const scope = useMemo(() => scopeFromQuery(new URLSearchParams(query)), [query]);
  const customCardIds = useMemo(() => customCardIdsOf(scope, new URLSearchParams(query)), [scope, query]);
  return <ReviewScreen key={`${scopeKey(scope)}${customCardIds ? '&custom' : ''}`} deck={deck} scope={scope} customCardIds={customCardIds} store={store} clock={clock} />;
}
