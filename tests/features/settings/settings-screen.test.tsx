// The settings screen over a real store: validation through the store, saving, and resetting progress.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { defaultStudySettings, Rating } from '../../../src/domain/progress';
import { HomeScreen } from '../../../src/features/home/home-screen';
import { deckSource } from '../../../src/store/deck-library/deck-source';
import { SettingsScreen } from '../../../src/features/settings/settings-screen';
import { STORAGE_KEY, type StudyStore } from '../../../src/store/create-study-store';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { makeTestStore, MINUTE, renderInApp, T0, waitForHomeFigures } from '../home/screen-harness';
import { logArray } from '../../study-data-kit';

const deck: Deck = builtDeck;
const KUBELET = 'kubernetes-architecture/definition/kubelet';
const POD = 'kubernetes-architecture/definition/pod';

function renderSettings(store: StudyStore) {
  const clock = () => T0;
  renderInApp(
    <StudyStoreContext value={store}>
      <SettingsScreen deck={deck} clock={clock} />
    </StudyStoreContext>,
  );
  return userEvent.setup();
}

const field = (name: string | RegExp) => screen.getByLabelText(name);

async function replaceValue(user: ReturnType<typeof userEvent.setup>, name: string | RegExp, value: string) {
  await user.clear(field(name));
  if (value !== '') await user.type(field(name), value);
}

/** The texts an element's aria-describedby points to. */
function descriptionOf(element: HTMLElement): string[] {
  return (element.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`);
}

describe('settings screen', () => {
  it('shows the current settings in labelled fields, in sections', () => {
    const store = makeTestStore();
    store.getState().updateSettings({ newCardsPerDay: 12, dayStartHour: 6, studyReverseCards: false }, T0);
    renderSettings(store);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Study' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Reset progress' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Daily limits' })).toBeInTheDocument();
    expect(field('New cards per day')).toHaveValue(12);
    expect(field('Reviews per day')).toHaveValue(200);
    expect(field(/^Desired retention/)).toHaveValue(0.9);
    expect(field('Maximum interval (days)')).toHaveValue(36500);
    expect(field('New day starts at')).toHaveDisplayValue('06:00');
    expect(field('Study reverse cards')).not.toBeChecked();
    expect(descriptionOf(field(/^Desired retention/))).toEqual([
      expect.stringMatching(/^Higher means you forget less but review more often; lower means fewer reviews/),
    ]);
  });

  it('refuses a retention outside 0.70–0.97 with a message at the field, and changes nothing', async () => {
    const storage = createMemoryStorage();
    const store = makeTestStore(storage);
    const user = renderSettings(store);
    await replaceValue(user, 'New cards per day', '5');
    await replaceValue(user, /^Desired retention/, '0.99');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const retention = field(/^Desired retention/);
    expect(retention).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(retention)[0]).toBe('Desired retention must be between 0.70 and 0.97');
    expect(retention).toHaveFocus();
    expect(field('New cards per day')).not.toHaveAttribute('aria-invalid');
    expect(within(screen.getByRole('region', { name: 'Study' })).getByRole('status')).toHaveTextContent('Not saved: one setting needs a change (see below).');
    // The valid field was not saved either: a change is all or nothing.
    expect(store.getState().settings).toEqual(defaultStudySettings);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('says what is wrong with an empty or fractional limit', async () => {
    const store = makeTestStore();
    const user = renderSettings(store);
    await replaceValue(user, 'New cards per day', '');
    await replaceValue(user, 'Reviews per day', '2.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(descriptionOf(field('New cards per day'))[0]).toBe('New cards per day must be a number');
    expect(descriptionOf(field('Reviews per day'))[0]).toBe('Reviews per day must be a whole number');
    expect(field('New cards per day')).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Study' })).getByRole('status')).toHaveTextContent('Not saved: 2 settings need a change (see below).');
    expect(store.getState().settings).toEqual(defaultStudySettings);
  });

  it('refuses a daily limit beyond 9999 (1e9 new cards a day), saying the range', async () => {
    const store = makeTestStore();
    const user = renderSettings(store);
    await replaceValue(user, 'New cards per day', '1e9');
    await replaceValue(user, 'Reviews per day', '10000');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(descriptionOf(field('New cards per day'))).toEqual([
      'New cards per day can be at most 9999',
      'Cards you see for the first time each day, 0 to 9999. Default 20.',
    ]);
    expect(descriptionOf(field('Reviews per day'))[0]).toBe('Reviews per day can be at most 9999');
    expect(field('New cards per day')).toHaveAttribute('max', '9999');
    expect(store.getState().settings).toEqual(defaultStudySettings);
  });

  it('saves a valid change, confirms it, and keeps it in storage for the next visit', async () => {
    const storage = createMemoryStorage();
    const store = makeTestStore(storage);
    const user = renderSettings(store);
    await replaceValue(user, 'New cards per day', '7');
    await replaceValue(user, /^Desired retention/, '0.85');
    await user.selectOptions(field('New day starts at'), '06:00');
    await user.click(field('Study reverse cards'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(within(screen.getByRole('region', { name: 'Study' })).getByRole('status')).toHaveTextContent('Settings saved.');
    const expected = { ...defaultStudySettings, newCardsPerDay: 7, desiredRetention: 0.85, dayStartHour: 6, studyReverseCards: false };
    expect(store.getState().settings).toEqual(expected);
    expect(makeTestStore(storage).getState().settings).toEqual(expected);
    expect(field(/^Desired retention/)).not.toHaveAttribute('aria-invalid');
  });

  it('fixing an invalid value and saving again clears the error', async () => {
    const store = makeTestStore();
    const user = renderSettings(store);
    await replaceValue(user, /^Desired retention/, '0.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Desired retention must be between 0.70 and 0.97')).toBeInTheDocument();
    await replaceValue(user, /^Desired retention/, '0.95');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.queryByText('Desired retention must be between 0.70 and 0.97')).not.toBeInTheDocument();
    expect(store.getState().settings.desiredRetention).toBe(0.95);
  });

  it('saves only what was changed here, keeping a change made meanwhile in another tab', async () => {
    const store = makeTestStore();
    const user = renderSettings(store);
    await replaceValue(user, 'New cards per day', '9');
    store.getState().updateSettings({ reviewsPerDay: 80 }, T0 + MINUTE);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(store.getState().settings).toMatchObject({ newCardsPerDay: 9, reviewsPerDay: 80 });
  });

  it('changes what Home offers as new today', async () => {
    const store = makeTestStore();
    const user = renderSettings(store);
    await replaceValue(user, 'New cards per day', '4');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    renderInApp(
      <StudyStoreContext value={store}>
        <HomeScreen source={deckSource(deck)} clock={() => T0} />
      </StudyStoreContext>,
    );
    await waitForHomeFigures();
    const today = screen.getByRole('region', { name: 'Today' });
    expect(within(today).getByText('New today', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^4$/);
  });
});

describe('reset all progress', () => {
  function studiedStore() {
    const storage = createMemoryStorage();
    const store = makeTestStore(storage);
    store.getState().gradeCard(deck.id, KUBELET, Rating.Good, T0 - 10 * MINUTE, 4_000);
    store.getState().gradeCard(deck.id, POD, Rating.Again, T0 - 5 * MINUTE, 4_000);
    store.getState().updateSettings({ newCardsPerDay: 11 }, T0);
    return { store, storage };
  }

  it('asks for the deck name first; Cancel leaves everything and returns focus', async () => {
    const { store } = studiedStore();
    const before = store.getState().progress;
    const user = renderSettings(store);
    expect(screen.getByText('Saved now: 2 cards with progress, 2 logged reviews.')).toBeInTheDocument();
    const opener = screen.getByRole('button', { name: 'Reset all progress…' });
    expect(opener).toHaveAttribute('aria-expanded', 'false');
    await user.click(opener);

    const confirm = screen.getByRole('form', { name: 'Confirm reset' });
    expect(opener).toHaveAttribute('aria-expanded', 'true');
    expect(within(confirm).getByLabelText('Deck name')).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Confirm reset' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(store.getState().progress).toBe(before);
    expect(logArray(store.getState().log[deck.id])).toHaveLength(2);
  });

  it('closes on Escape without resetting', async () => {
    const { store } = studiedStore();
    const user = renderSettings(store);
    await user.click(screen.getByRole('button', { name: 'Reset all progress…' }));
    await user.keyboard('Kubern{Escape}');
    expect(screen.queryByRole('form', { name: 'Confirm reset' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset all progress…' })).toHaveFocus();
    expect(logArray(store.getState().log[deck.id])).toHaveLength(2);
  });

  it('refuses a wrong name, then resets progress (not settings) once the deck name is typed', async () => {
    const { store, storage } = studiedStore();
    const user = renderSettings(store);
    await user.click(screen.getByRole('button', { name: 'Reset all progress…' }));
    const name = screen.getByLabelText('Deck name');
    await user.type(name, 'Kube');
    await user.click(screen.getByRole('button', { name: 'Reset all progress' }));
    expect(descriptionOf(name)[0]).toBe('Type “Kubernetes” to confirm.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(logArray(store.getState().log[deck.id])).toHaveLength(2);

    await user.type(name, 'rnetes{Enter}');
    expect(store.getState().progress).toEqual({});
    expect(store.getState().log).toEqual({});
    expect(store.getState().settings.newCardsPerDay).toBe(11);
    expect(screen.getByText('All progress was reset. Every card is new again.')).toBeInTheDocument();
    expect(screen.getByText('Saved now: 0 cards with progress, 0 logged reviews.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset all progress…' })).toHaveFocus();
    // The reset is stored: the next visit starts with no progress.
    expect(makeTestStore(storage).getState().log).toEqual({});
  });
});
