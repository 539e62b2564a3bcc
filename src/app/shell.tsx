// The frame around every screen: skip link, header with the deck title and nav, main landmark.
import { useEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { paths, SECTION_PARAM } from '../components/paths';
import type { NavItem } from './routes';

interface ShellProps {
  deckTitle: string;
  navItems: readonly NavItem[];
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

export function Shell({ deckTitle, navItems, children }: ShellProps) {
  const [path] = useLocation();
  const [searchParams] = useSearchParams();
  useFocusOnRouteChange(path, searchParams.has(SECTION_PARAM));
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={focusMain}>
        Skip to content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link href={paths.home()} className="brand">
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
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
