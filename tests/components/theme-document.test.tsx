import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyThemePreference,
  documentThemePreference,
  readStoredTheme,
  STUDY_STORE_KEY,
  syncDocumentTheme,
  THEME_COLORS,
} from '../../src/components/theme-document';
import { createStudyStore, STORAGE_KEY } from '../../src/store/create-study-store';
import { createMemoryStorage } from '../../src/store/persist/memory-storage';

const NOW = Date.UTC(2026, 10, 27, 9, 0);

function storeOver(storage = createMemoryStorage()) {
  return createStudyStore({ storage, enableFuzz: false, tabSyncSource: null, clock: () => NOW });
}

function addThemeColorMetas() {
  document.head.innerHTML = [
    '<meta name="theme-color" content="#ffffff" media="(prefers-color-scheme: light)">',
    '<meta name="theme-color" content="#1a1e28" media="(prefers-color-scheme: dark)">',
  ].join('');
}

const themeColors = () => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((meta) => meta.content);

beforeEach(addThemeColorMetas);
afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  document.head.innerHTML = '';
});

describe('readStoredTheme', () => {
  it('reads the key the study store writes to', () => {
    expect(STUDY_STORE_KEY).toBe(STORAGE_KEY);
  });

  it('finds the theme in what the real store persisted', () => {
    const storage = createMemoryStorage();
    const store = storeOver(storage);
    expect(store.getState().updateSettings({ theme: 'dark' }, NOW)).toMatchObject({ ok: true });
    expect(readStoredTheme((key) => storage.getItem(key))).toBe('dark');
  });

  it('is "system" when nothing is stored, the text is not JSON, the value is unknown or storage throws', () => {
    expect(readStoredTheme(() => null)).toBe('system');
    expect(readStoredTheme(() => '{not json')).toBe('system');
    expect(readStoredTheme(() => JSON.stringify({ state: { settings: { theme: 'sepia' } }, version: 2 }))).toBe('system');
    expect(
      readStoredTheme(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    ).toBe('system');
  });
});

describe('applyThemePreference', () => {
  it('puts an explicit theme on <html> and gives both theme-color metas its colour', () => {
    applyThemePreference('dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(documentThemePreference()).toBe('dark');
    expect(themeColors()).toEqual([THEME_COLORS.dark, THEME_COLORS.dark]);

    applyThemePreference('light');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
    expect(themeColors()).toEqual([THEME_COLORS.light, THEME_COLORS.light]);
  });

  it('for "system" removes the attribute and gives each meta the colour of its own scheme', () => {
    applyThemePreference('dark');
    applyThemePreference('system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(documentThemePreference()).toBe('system');
    expect(themeColors()).toEqual([THEME_COLORS.light, THEME_COLORS.dark]);
  });
});

describe('syncDocumentTheme', () => {
  it('applies the stored theme at once and follows every later change until stopped', () => {
    const storage = createMemoryStorage();
    storeOver(storage).getState().updateSettings({ theme: 'light' }, NOW);
    const store = storeOver(storage);

    const stop = syncDocumentTheme(store);
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');

    store.getState().updateSettings({ theme: 'dark' }, NOW + 1000);
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(themeColors()).toEqual([THEME_COLORS.dark, THEME_COLORS.dark]);

    stop();
    store.getState().updateSettings({ theme: 'system' }, NOW + 2000);
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  });
});
