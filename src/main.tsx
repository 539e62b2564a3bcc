import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ActiveDeckApp } from './app/app';
import { PwaUpdates } from './app/pwa-updates';
import { applyThemePreference, readStoredTheme, syncDocumentTheme } from './components/theme-document';
import { loadStudyStore } from './components/theme-preference';
import './app/styles.css';

// The stored theme goes on <html> before the first render, so a dark-theme learner never sees a light flash;
// from then on the store keeps it in step.
applyThemePreference(readStoredTheme((key) => localStorage.getItem(key)));
void loadStudyStore().then(syncDocumentTheme);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ActiveDeckApp />
    <PwaUpdates />
  </StrictMode>,
);
