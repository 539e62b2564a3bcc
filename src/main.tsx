import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root';
import { applyThemePreference, readStoredTheme, syncDocumentTheme } from './components/theme-document';
import { loadStudyStore } from './store/load-study-store';
import './app/styles.css';

// The stored theme goes on <html> before the first render (index.html's inline script already did so before the
// prerendered Home painted); from then on the store keeps it in step.
applyThemePreference(readStoredTheme((key) => localStorage.getItem(key)));
void loadStudyStore().then((store) => {
  syncDocumentTheme(store);
  // Sync, when it was turned on, starts once the store is there; its code (PouchDB) loads only then.
  void import('./store/sync/sync-control').then(({ resumeSync }) => resumeSync(store));
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The prerendered Home (src/app/build/prerender-plugin.ts) is replaced, not hydrated, at React's first commit:
// hydrating would swap the chapter list (inside the dashboard's client-only Suspense boundary) for a new copy in the
// middle of a click, and the click would be lost. Until that commit its plain links work on their own.
// As a transition, the first render yields to the browser every few milliseconds (a big deck's Home has many
// chapters), so the page stays responsive while it is drawn.
const root = createRoot(container);
startTransition(() => root.render(<AppRoot />));
