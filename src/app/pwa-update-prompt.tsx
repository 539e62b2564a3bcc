// Registers the service worker and shows the update banner while a new version waits.
// Loaded on demand (see pwa-updates.tsx), so neither this nor workbox-window is part of the initial page.
/// <reference types="vite-plugin-pwa/react" />
import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateBanner } from '../components/update-banner';

// Hash routes never reload the page, and the browser looks for a new worker on page loads: a tab left open for
// days asks now and then instead.
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

function checkForUpdatesRegularly(registration: ServiceWorkerRegistration | undefined): void {
  if (!registration) return;
  setInterval(() => {
    if (navigator.onLine) registration.update().catch(() => {});
  }, UPDATE_CHECK_INTERVAL_MS);
}

let reloading = false;
/** Reloads once, whichever of the two signals below comes first. */
function reloadOnce(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/**
 * Lets the waiting version take over, then reloads into it. workbox-window reloads only when the version it
 * registered itself takes over; on the visit that installed the app, a version found later is "external" to it and
 * it would not reload, so the page also reloads when any new worker takes control after Reload.
 */
function reloadIntoWaitingVersion(updateServiceWorker: (reloadPage?: boolean) => Promise<void>): void {
  navigator.serviceWorker?.addEventListener('controllerchange', reloadOnce, { once: true });
  void updateServiceWorker(true);
}

export default function PwaUpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_scriptUrl, registration) => checkForUpdatesRegularly(registration),
    onRegisterError: (error: unknown) => console.error('The offline copy of the app could not be set up:', error),
    onNeedReload: reloadOnce,
  });
  // A version found by the browser itself is announced twice (installed, then waiting), so "Later" holds for the
  // rest of this visit rather than until the next announcement; the next visit asks again.
  const [dismissed, setDismissed] = useState(false);
  if (!needRefresh || dismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    setNeedRefresh(false);
  };
  // The waiting worker takes over, then the page reloads into the new version.
  return <UpdateBanner onReload={() => reloadIntoWaitingVersion(updateServiceWorker)} onDismiss={dismiss} />;
}
