// Offline support and updates, only where they apply: a production build in a browser with service workers
// (never in dev or in tests). The registration code loads after the app, off the initial page.
import { lazy, Suspense } from 'react';

const PwaUpdatePrompt = lazy(() => import('./pwa-update-prompt'));

export function canUseServiceWorker(isProduction: boolean, nav: Navigator | undefined): boolean {
  return isProduction && nav !== undefined && 'serviceWorker' in nav;
}

export function PwaUpdates({ enabled = canUseServiceWorker(import.meta.env.PROD, globalThis.navigator) }: { enabled?: boolean }) {
  if (!enabled) return null;
  return (
    <Suspense fallback={null}>
      <PwaUpdatePrompt />
    </Suspense>
  );
}
