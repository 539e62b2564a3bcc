// The learner's theme choice, kept in the study store's settings (and so remembered across visits).
// The header shows the toggle on every screen, but the store is not in the initial page: the hook loads it on
// demand (load-study-store.ts) and, until then, shows the theme already applied to <html>.
import { useCallback, useState, useSyncExternalStore } from 'react';
import { loadedStudyStore, loadStudyStore } from '../store/load-study-store';
import { documentThemePreference, type ThemePreference } from './theme-document';

function subscribe(onChange: () => void): () => void {
  let active = true;
  let unsubscribe = () => {};
  void loadStudyStore().then((store) => {
    if (!active) return;
    unsubscribe = store.subscribe(onChange);
    onChange();
  });
  return () => {
    active = false;
    unsubscribe();
  };
}

const currentTheme = (): ThemePreference => loadedStudyStore()?.getState().settings.theme ?? documentThemePreference();

export function useThemePreference(): [ThemePreference, (theme: ThemePreference) => void] {
  const stored = useSyncExternalStore(subscribe, currentTheme, () => 'system' as const);
  // A choice made before the store has loaded shows at once, and is saved as soon as the store is there.
  const [pending, setPending] = useState<ThemePreference | null>(null);
  const setTheme = useCallback((next: ThemePreference) => {
    setPending(next);
    void loadStudyStore().then((store) => {
      store.getState().updateSettings({ theme: next }, Date.now());
      setPending(null);
    });
  }, []);
  return [pending ?? stored, setTheme];
}
