// The app: hash routing, the shell, and one error boundary per route.
import { Suspense } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import type { Deck } from '../domain/deck';
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

function AppRoutes({ deck }: { deck: Deck }) {
  const [path] = useLocation();
  return (
    <RouteErrorBoundary key={path}>
      <Suspense fallback={<Loading />}>
        <Switch>
          {routes.map((route) => (
            <Route key={route.path} path={route.path}>
              {(params) => route.render(params, deck)}
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

export function App({ deck }: { deck: Deck }) {
  return (
    <Router hook={useHashPath} searchHook={useHashSearch}>
      <Shell deckTitle={deck.title} navItems={navItems}>
        <AppRoutes deck={deck} />
      </Shell>
    </Router>
  );
}
