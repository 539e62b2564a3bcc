// The app's whole tree: what the browser renders, and what the build's prerender of Home draws into index.html.
import { StrictMode } from 'react';
import { ActiveDeckApp } from './app';
import { PwaUpdates } from './pwa-updates';

export function AppRoot() {
  return (
    <StrictMode>
      <ActiveDeckApp />
      <PwaUpdates />
    </StrictMode>
  );
}
