// The app: hash routing, the shell, and one error boundary per route.
import { Suspense } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import type { DeckSource } from '../store/deck-library/deck-source';
import { useActiveSource } from '../store/deck-library/use-active-deck';
import { SearchLauncher } from '../features/search/search-launcher';
import { useHashPath, useHashSearch } from './hash-location';
import { NotFoundScreen } from './not-found-screen';
import { RouteErrorBoundary } from './route-error-boundary';
import { navItems, routes } from './routes';
import { Shell } from './shell';

function Loading() {
  return (
    <p className="screen container loading" role="status">
      Loading…
    </p>
  );
}

function AppRoutes({ source }: { source: DeckSource }) {
  const [path] = useLocation();
  return (
    <RouteErrorBoundary key={path}>
      <Suspense fallback={<Loading />}>
        <Switch>
          {routes.map((route) => (
            <Route key={route.path} path={route.path}>
              {(params) => route.render(params, source)}
            </Route>
          ))}
          <Route>
            <NotFoundScreen path={path} />
          </Route>
        </Switch>
      </Suspense>
    </RouteErrorBoundary>
  );
}

export function App({ source }: { source: DeckSource }) {
  return (
    <Router hook={useHashPath} searchHook={useHashSearch}>
      <Shell deckTitle={source.outline.title} navItems={navItems} search={<SearchLauncher source={source} />}>
        <AppRoutes source={source} />
      </Shell>
    </Router>
  );
}

function AppOnActiveDeck() {
  const source = useActiveSource();
  // Made anew for another deck, so no screen keeps state from the deck it was showing.
  return <App key={source.outline.id} source={source} />;
}

/** The app on the learner's active deck: the built-in one or an imported one (waiting while that one is read). */
export function ActiveDeckApp() {
  return (
    <Suspense fallback={<Loading />}>
      <AppOnActiveDeck />
    </Suspense>
  );
}
