// The frame around every screen: skip link, header with the deck title and nav, main landmark.
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { paths, QUERY } from '../config/paths';
import { SyncIndicator } from '../components/sync-indicator';
import { ThemeToggle } from '../components/theme-toggle';
import type { NavItem } from './routes';

// The notice reads the study store, which loads on demand to keep the initial page small.
const StorageNotice = lazy(() => import('../components/storage-notice').then((module) => ({ default: module.StorageNotice })));

interface ShellProps {
  deckTitle: string;
  navItems: readonly NavItem[];
  /** The search button (in the header on every screen). */
  search?: ReactNode;
  children: ReactNode;
}

const MAIN_ID = 'main';

// The hash holds the route, so a plain `#main` link would navigate; move focus instead.
function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView?.();
}

/** After a route change, start at the top and put focus on the new screen (a deep link to a section handles its own). */
function useFocusOnRouteChange(path: string, hasSectionTarget: boolean) {
  const previousPath = useRef(path);
  useEffect(() => {
    if (previousPath.current === path) return;
    previousPath.current = path;
    if (hasSectionTarget) return;
    const scroller = document.scrollingElement ?? document.documentElement;
    scroller.scrollTop = 0;
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [path, hasSectionTarget]);
}

export function Shell({ deckTitle, navItems, search, children }: ShellProps) {
  const [path] = useLocation();
  const [searchParams] = useSearchParams();
  useFocusOnRouteChange(path, searchParams.has(QUERY.section));
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={focusMain}>
        Skip to content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link href={paths.home.href()} className="brand">
            <span className="brand-mark" aria-hidden="true">
              SD
            </span>
            <span className="brand-text">
              <span className="brand-app">Study Deck</span>
              <span className="brand-deck">{deckTitle}</span>
            </span>
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {navItems.map((item) => (
                <li key={item.path}>
                  <Link href={item.path} className="nav-link" aria-current={item.path === path ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {search}
          <SyncIndicator />
          <ThemeToggle />
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1}>
        <Suspense fallback={null}>
          <StorageNotice />
        </Suspense>
        {children}
      </main>
    </>
  );
}
