import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStoredTheme, syncDocumentTheme } from '../../src/components/theme-document';
import { loadStudyStore } from '../../src/store/load-study-store';
import { ThemeToggle } from '../../src/components/theme-toggle';
import { defaultStudySettings } from '../../src/domain/progress';

// The app's own store (the toggle's), kept in step with <html> as main.tsx does.
let stopSync = () => {};

beforeEach(async () => {
  const store = await loadStudyStore();
  store.setState({ settings: { ...defaultStudySettings }, settingsChangedAt: null });
  stopSync = syncDocumentTheme(store);
});

afterEach(() => {
  stopSync();
  document.documentElement.removeAttribute('data-theme');
});

const storedTheme = () => readStoredTheme((key) => localStorage.getItem(key));

async function renderToggle() {
  render(<ThemeToggle />);
  const group = screen.getByRole('group', { name: 'Theme' });
  // The store loads on demand; the choice shows once it is there.
  await waitFor(() => expect(within(group).getByRole('radio', { name: 'System' })).toBeChecked());
  return group;
}

describe('theme toggle', () => {
  it('offers system, light and dark, with system chosen at first', async () => {
    const group = await renderToggle();
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['system', 'light', 'dark']);
    expect(within(group).getByRole('radio', { name: 'Dark' })).not.toBeChecked();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('applies a chosen theme to the page and stores it in the settings', async () => {
    const user = userEvent.setup();
    const group = await renderToggle();

    await user.click(within(group).getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
    expect(within(group).getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(storedTheme()).toBe('dark');
    expect((await loadStudyStore()).getState().settings.theme).toBe('dark');

    await user.click(within(group).getByRole('radio', { name: 'System' }));
    await waitFor(() => expect(document.documentElement).not.toHaveAttribute('data-theme'));
    expect(storedTheme()).toBe('system');
  });

  it('is one Tab stop, and the arrow keys change the theme', async () => {
    const user = userEvent.setup();
    const group = await renderToggle();

    await user.tab();
    expect(within(group).getByRole('radio', { name: 'System' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'Light' })).toHaveFocus();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'light'));
    expect(storedTheme()).toBe('light');
  });

  it('shows a theme chosen elsewhere (the settings screen, another tab)', async () => {
    const group = await renderToggle();
    (await loadStudyStore()).getState().updateSettings({ theme: 'light' }, Date.now());
    await waitFor(() => expect(within(group).getByRole('radio', { name: 'Light' })).toBeChecked());
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
  });
});
