// Puts the chosen theme on the page: `data-theme` on <html> for an explicit choice (none for "system", so the
// stylesheet follows the system preference live), and the browser UI colour in `<meta name="theme-color">`.
import type { StudySettings } from '../domain/progress';

export type ThemePreference = StudySettings['theme'];
export type ResolvedTheme = 'light' | 'dark';

/** Header surface colours of styles.css, so the browser bar blends with the header. */
export const THEME_COLORS: Readonly<Record<ResolvedTheme, string>> = { light: '#ffffff', dark: '#1a1e28' };

/** The study store's localStorage key (STORAGE_KEY in src/store/create-study-store.ts; a test keeps them equal). */
export const STUDY_STORE_KEY = 'study-deck';

const isThemePreference = (value: unknown): value is ThemePreference => value === 'system' || value === 'light' || value === 'dark';

/**
 * The theme in the study store's stored text (`{"state":{"settings":{"theme":…}},"version":…}`), read without
 * loading the store, so the first paint already has it. Anything unreadable is "system"; the store corrects it later.
 */
export function readStoredTheme(readItem: (key: string) => string | null): ThemePreference {
  try {
    const stored: unknown = JSON.parse(readItem(STUDY_STORE_KEY) ?? 'null');
    const theme = (stored as { state?: { settings?: { theme?: unknown } } } | null)?.state?.settings?.theme;
    return isThemePreference(theme) ? theme : 'system';
  } catch {
    // Private mode (storage throws) or text that is not JSON.
    return 'system';
  }
}

/** The preference shown on the page now: what `applyThemePreference` last put on <html>. */
export function documentThemePreference(doc: Document = document): ThemePreference {
  const theme = doc.documentElement.getAttribute('data-theme');
  return isThemePreference(theme) ? theme : 'system';
}

/** index.html has one theme-color meta per system scheme (with a `media` query), so "system" needs no script. */
const metaScheme = (meta: HTMLMetaElement): ResolvedTheme => (/dark/.test(meta.getAttribute('media') ?? '') ? 'dark' : 'light');

export function themeColorFor(preference: ThemePreference, systemScheme: ResolvedTheme): string {
  return THEME_COLORS[preference === 'system' ? systemScheme : preference];
}

export function applyThemePreference(preference: ThemePreference, doc: Document = document): void {
  const root = doc.documentElement;
  if (preference === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preference);
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.content = themeColorFor(preference, metaScheme(meta));
  }
}

interface ThemeSource {
  getState: () => { settings: { theme: ThemePreference } };
  subscribe: (listener: (state: { settings: { theme: ThemePreference } }) => void) => () => void;
}

/**
 * Applies the store's theme now and whenever it changes (the toggle, the settings screen, another tab).
 * Returns the unsubscribe.
 */
export function syncDocumentTheme(store: ThemeSource, doc: Document = document): () => void {
  let applied = store.getState().settings.theme;
  applyThemePreference(applied, doc);
  return store.subscribe((state) => {
    if (state.settings.theme === applied) return;
    applied = state.settings.theme;
    applyThemePreference(applied, doc);
  });
}
