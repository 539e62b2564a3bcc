// `#/review`: a review session over the part of the deck the query names (src/config/paths.ts); `&custom=1` with
// `cards` makes it a custom session (custom-session.ts). A new scope starts a new session.
import { useMemo } from 'react';
import { useSearchParams } from 'wouter';
import { customCardIdsFrom, scopeFromQuery } from '../../config/paths';
import type { Deck } from '../../domain/deck';
import { scopeKey } from '../../domain/study-scope';
import { ReviewScreen } from './review-screen';
import type { ReviewEnvironment } from './use-review-session';

interface ReviewRouteProps extends Partial<ReviewEnvironment> {
  deck: Deck;
}

export function ReviewRoute({ deck, clock = Date.now }: ReviewRouteProps) {
  const [searchParams] = useSearchParams();
  const query = searchParams.toString();
  // One scope object per query, so the session's memoised queue is not rebuilt on every render.
  const scope = useMemo(() => scopeFromQuery(new URLSearchParams(query)), [query]);
  const customCardIds = useMemo(() => customCardIdsFrom(new URLSearchParams(query)), [query]);
  return <ReviewScreen key={`${scopeKey(scope)}${customCardIds ? '&custom' : ''}`} deck={deck} scope={scope} customCardIds={customCardIds} clock={clock} />;
}
