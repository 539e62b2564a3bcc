// The decks screen on a real deck library (in memory) and a real study store: listing, switching, renaming, and
// deleting behind a confirmation, with progress kept unless the learner asks otherwise.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { afterEach, describe, expect, it } from 'vitest';
import { DeckLibraryContext } from '../../../src/store/deck-library/use-active-deck';
import { DeckSwitcher } from '../../../src/features/decks/deck-switcher';
import { DecksScreen } from '../../../src/features/decks/decks-screen';
import { createStudyStore } from '../../../src/store/create-study-store';
import { deckProgressSize } from '../../../src/store/deck-library/deck-library-progress';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { renderInApp } from '../home/screen-harness';
import { draftFrom, makeLibrary, MINUTE, NETWORKING_FILE, T0 } from '../../fixtures/import/import-fixtures';
import { renderAppWithLibrary } from '../../fixtures/import/render-with-library';
import { Rating } from '../../../src/domain/progress';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const NETWORKING = 'networking-basics';
const SUBNET = 'addresses/definition/subnet';

async function setUp({ active = false } = {}) {
  const kit = makeLibrary({ builtInDeck: builtDeck });
  await kit.library.getState().addDeck(draftFrom(NETWORKING_FILE), T0);
  if (active) kit.library.getState().activateDeck(NETWORKING);
  const store = createStudyStore({ storage: createMemoryStorage(), enableFuzz: false, tabSyncSource: null, clock: () => T0 });
  store.getState().gradeCard(NETWORKING, SUBNET, Rating.Good, T0, 5000);
  store.getState().gradeCard(NETWORKING, SUBNET, Rating.Good, T0 + 10 * MINUTE, 5000);
  return { ...kit, store };
}

function renderDecks(kit: Awaited<ReturnType<typeof setUp>>) {
  window.history.replaceState(null, '', '/#/decks');
  renderInApp(
    <DeckLibraryContext value={kit.library}>
      <StudyStoreContext value={kit.store}>
        <DecksScreen clock={() => T0 + 20 * MINUTE} />
      </StudyStoreContext>
    </DeckLibraryContext>,
  );
}

const deckItem = (title: string) => screen.getByRole('listitem', { name: title });

describe('decks screen', () => {
  it('lists the built-in deck and the imported ones, with what each holds and which is active', async () => {
    const kit = await setUp();
    renderDecks(kit);
    const items = within(screen.getByRole('list', { name: 'Decks' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('h2')?.textContent)).toEqual(['Kubernetes', 'Networking Basics']);

    const kubernetes = deckItem('Kubernetes');
    expect(kubernetes).toHaveTextContent('Studying now');
    expect(kubernetes).toHaveTextContent(`${builtDeck.cards.length} cards in 4 chapters. Built in.`);
    expect(kubernetes).toHaveTextContent('Not studied yet');
    expect(within(kubernetes).queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();

    const networking = deckItem('Networking Basics');
    expect(networking).not.toHaveTextContent('Studying now');
    expect(networking).toHaveTextContent('Imported from networking-notes.md, Nov 27, 2026.');
    expect(networking).toHaveTextContent('1 card studied, 2 reviews');
    expect(screen.getByRole('link', { name: 'Import notes' })).toHaveAttribute('href', '#/import');
  });

  it('switches to a deck and goes to its Home', async () => {
    const user = userEvent.setup();
    const kit = await setUp();
    renderDecks(kit);
    await user.click(within(deckItem('Networking Basics')).getByRole('button', { name: 'Study this deck' }));
    expect(kit.library.getState().activeDeckId).toBe(NETWORKING);
    expect(window.location.hash).toBe('#/');
  });

  it('renames an imported deck, refusing an empty name', async () => {
    const user = userEvent.setup();
    const kit = await setUp();
    renderDecks(kit);
    await user.click(within(deckItem('Networking Basics')).getByRole('button', { name: 'Rename…' }));
    const name = screen.getByLabelText('New name');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText('Give the deck a name.')).toBeInTheDocument();

    await user.type(name, 'Network course');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('listitem', { name: 'Network course' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Renamed to “Network course”.');
    expect(kit.library.getState().decks[0]!.deck).toMatchObject({ id: NETWORKING, title: 'Network course' });
    expect(within(deckItem('Network course')).getByRole('button', { name: 'Rename…' })).toHaveFocus();
  });

  it('deletes only after a confirmation; Cancel and Escape keep the deck', async () => {
    const user = userEvent.setup();
    const kit = await setUp();
    renderDecks(kit);
    const deleteButton = within(deckItem('Networking Basics')).getByRole('button', { name: 'Delete…' });
    await user.click(deleteButton);
    const confirm = screen.getByRole('form', { name: 'Delete Networking Basics' });
    expect(confirm).toHaveTextContent('Delete “Networking Basics”? Its notes and cards leave this browser.');
    expect(within(confirm).getByRole('checkbox', { name: /Also delete its progress/ })).not.toBeChecked();
    expect(kit.library.getState().decks).toHaveLength(1);

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Delete Networking Basics' })).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    await user.click(deleteButton);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Delete Networking Basics' })).not.toBeInTheDocument();
    expect(kit.library.getState().decks).toHaveLength(1);
  });

  it('deletes a deck and keeps its progress by default', async () => {
    const user = userEvent.setup();
    const kit = await setUp();
    renderDecks(kit);
    await user.click(within(deckItem('Networking Basics')).getByRole('button', { name: 'Delete…' }));
    const confirm = screen.getByRole('form', { name: 'Delete Networking Basics' });
    expect(confirm).toHaveTextContent('Its progress stays: import the same notes again and it comes back.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete deck' }));

    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Networking Basics' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('“Networking Basics” was deleted.');
    expect((await kit.storage.load()).decks).toEqual([]);
    expect(deckProgressSize(kit.store.getState(), NETWORKING)).toEqual({ cards: 1, reviews: 2 });
  });

  it('deletes a deck’s progress too when asked', async () => {
    const user = userEvent.setup();
    const kit = await setUp();
    kit.store.getState().gradeCard('kubernetes', 'kubernetes-architecture/definition/kubelet', Rating.Good, T0, 5000);
    renderDecks(kit);
    await user.click(within(deckItem('Networking Basics')).getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('checkbox', { name: 'Also delete its progress (1 card studied, 2 reviews)' }));
    expect(screen.getByText('Its progress will be gone for good.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete deck' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('“Networking Basics” was deleted with its progress.'));
    expect(deckProgressSize(kit.store.getState(), NETWORKING)).toEqual({ cards: 0, reviews: 0 });
    expect(deckProgressSize(kit.store.getState(), 'kubernetes')).toEqual({ cards: 1, reviews: 1 });
  });
});

describe('decks in the app', () => {
  it('deleting the active deck brings back the built-in deck, and says what happened', async () => {
    const user = userEvent.setup();
    const kit = await setUp({ active: true });
    renderAppWithLibrary('#/decks', kit.library);
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByRole('link', { name: /Study Deck\s*Networking Basics/ })).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Networking Basics' })).toHaveTextContent('Studying now');

    await user.click(within(deckItem('Networking Basics')).getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete deck' }));

    expect(await screen.findByRole('status')).toHaveTextContent('“Networking Basics” was deleted.');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: /Study Deck\s*Kubernetes/ })).toBeInTheDocument();
    expect(deckItem('Kubernetes')).toHaveTextContent('Studying now');
    expect(screen.queryByRole('listitem', { name: 'Networking Basics' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/decks');
  });

  it('the header nav leads to the decks screen', async () => {
    const user = userEvent.setup();
    const kit = await setUp();
    renderAppWithLibrary('#/', kit.library);
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Decks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Decks' })).toBeInTheDocument();
  });
});

describe('deck switcher', () => {
  it('is hidden while the built-in deck is the only one', async () => {
    const kit = makeLibrary({ builtInDeck: builtDeck });
    await kit.library.getState().load();
    renderInApp(
      <DeckLibraryContext value={kit.library}>
        <DeckSwitcher />
      </DeckLibraryContext>,
    );
    expect(screen.queryByRole('combobox', { name: 'Deck' })).not.toBeInTheDocument();
  });

  it('lists every deck with the active one chosen, and switching opens the chosen deck’s Home', async () => {
    const user = userEvent.setup();
    const kit = await setUp();
    window.history.replaceState(null, '', '/#/settings');
    renderInApp(
      <DeckLibraryContext value={kit.library}>
        <DeckSwitcher />
      </DeckLibraryContext>,
    );
    const select = screen.getByRole('combobox', { name: 'Deck' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Kubernetes', 'Networking Basics']);
    expect(select).toHaveValue('kubernetes');

    await user.selectOptions(select, 'Networking Basics');
    expect(kit.library.getState().activeDeckId).toBe(NETWORKING);
    expect(window.location.hash).toBe('#/');
    expect(select).toHaveValue(NETWORKING);
  });
});
