// Hash routing with the query inside the hash: `#/chapters/x?section=y`.
// wouter's hash hook keeps the query in the path (so no route matches) and its `navigate`
// moves a query out of the hash; these hooks keep path and query apart, both in the hash.
import { useSyncExternalStore } from 'react';
import { useHashLocation } from 'wouter/use-hash-location';

interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

const pathWithoutQuery = (path: string) => path.split('?', 1)[0] ?? path;

export function hashQuery(hash: string): string {
  const at = hash.indexOf('?');
  return at === -1 ? '' : hash.slice(at + 1);
}

export function navigateInHash(to: string, { replace = false, state = null }: NavigateOptions = {}): void {
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.hash = '/' + to.replace(/^#?\/?/, '');
  history[replace ? 'replaceState' : 'pushState'](state, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
}

export function useHashPath(): [string, typeof navigateInHash] {
  const [path] = useHashLocation();
  return [pathWithoutQuery(path), navigateInHash];
}
useHashPath.hrefs = (href: string) => '#' + href;

const subscribeToHash = (onChange: () => void) => {
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
};

export function useHashSearch(): string {
  return useSyncExternalStore(
    subscribeToHash,
    () => hashQuery(location.hash),
    () => '',
  );
}
