import { describe, expect, it } from 'vitest';
import { ACTIVE_DECK_KEY, DECK_LIBRARY_CHANGED_KEY, normaliseDeckTitle, selectActiveSource, uniqueDeckId } from '../../../src/store/deck-library/deck-library';
import { createMemoryDeckLibraryStorage } from '../../../src/store/deck-library/deck-library-memory';
import type { DeckLibraryStorage } from '../../../src/store/deck-library/deck-library-storage';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { BUILT_IN_DECK, draftFrom, makeLibrary, MINUTE, NETWORKING_EDITED_FILE, NETWORKING_FILE, T0 } from '../../fixtures/import/import-fixtures';

describe('deck ids and titles', () => {
  it('takes the slug, then the first free numbered one', () => {
    expect(uniqueDeckId('networking-basics', new Set(['kubernetes']))).toBe('networking-basics');
    expect(uniqueDeckId('kubernetes', new Set(['kubernetes']))).toBe('kubernetes-2');
    expect(uniqueDeckId('kubernetes', new Set(['kubernetes', 'kubernetes-2', 'kubernetes-3']))).toBe('kubernetes-4');
    expect(uniqueDeckId('', new Set())).toBe('notes');
  });

  it('tidies a name and refuses an empty one', () => {
    expect(normaliseDeckTitle('  Networking \n  basics ')).toBe('Networking basics');
    expect(normaliseDeckTitle(' \t ')).toBeNull();
    expect(normaliseDeckTitle('x'.repeat(500))).toHaveLength(120);
  });
});

describe('deck library', () => {
  it('starts on the built-in deck with no imported decks', async () => {
    const { library } = makeLibrary();
    expect(library.getState().status).toBe('pending');
    await library.getState().load();
    expect(library.getState()).toMatchObject({ status: 'ready', decks: [], activeDeckId: 'kubernetes', problem: null });
    expect(selectActiveSource(library.getState()).loaded()).toBe(BUILT_IN_DECK);
  });

  it('adds an imported deck under its title’s slug, keeps it with its notes, and activates it only when asked', async () => {
    const { library, storage, activeDeckStorage } = makeLibrary();
    const draft = draftFrom(NETWORKING_FILE);
    const { result: added, kept } = await library.getState().addDeck(draft, T0);

    expect(kept).toBe(true);
    expect(added.deck).toMatchObject({ id: 'networking-basics', title: 'Networking Basics' });
    expect(added.deck.cards).toEqual(draft.deck.cards);
    expect(added).toMatchObject({ importedAt: T0, updatedAt: T0, sources: [{ path: NETWORKING_FILE }] });
    expect(library.getState().activeDeckId).toBe('kubernetes');

    library.getState().activateDeck('networking-basics');
    expect(selectActiveSource(library.getState()).outline.title).toBe('Networking Basics');
    expect(activeDeckStorage.getItem(ACTIVE_DECK_KEY)).toBe('networking-basics');
    expect(activeDeckStorage.getItem(DECK_LIBRARY_CHANGED_KEY)).not.toBeNull();

    // A second library over the same storage (a reload) finds the deck and the choice.
    const reloaded = makeLibrary({ storage, activeDeckStorage }).library;
    expect(reloaded.getState().activeDeckId).toBe('networking-basics');
    await reloaded.getState().load();
    expect(selectActiveSource(reloaded.getState()).loaded()).toEqual(added.deck);
    expect(reloaded.getState().decks[0]!.sources[0]!.text).toBe(draft.sources[0]!.text);
  });

  it('never gives an imported deck the built-in deck’s id or another imported deck’s id', async () => {
    const { library } = makeLibrary({ builtInDeck: { ...BUILT_IN_DECK, id: 'networking-basics' } });
    const first = await library.getState().addDeck(draftFrom(NETWORKING_FILE), T0);
    const second = await library.getState().addDeck(draftFrom(NETWORKING_FILE), T0 + MINUTE);
    expect([first.result.deck.id, second.result.deck.id]).toEqual(['networking-basics-2', 'networking-basics-3']);
    expect(library.getState().decks.map((entry) => entry.deck.id)).toEqual(['networking-basics-2', 'networking-basics-3']);
  });

  it('names a deck as asked at import, and renames it later without changing its id', async () => {
    const { library, storage } = makeLibrary();
    await library.getState().addDeck(draftFrom(NETWORKING_FILE), T0, '  My  networking ');
    expect(library.getState().decks[0]!.deck).toMatchObject({ id: 'networking-basics', title: 'My networking' });

    const renamed = await library.getState().renameDeck('networking-basics', 'Network course', T0 + MINUTE);
    expect(renamed.result.deck).toMatchObject({ id: 'networking-basics', title: 'Network course' });
    expect(renamed.result.updatedAt).toBe(T0 + MINUTE);
    expect((await storage.load()).decks[0]!.deck.title).toBe('Network course');
    await expect(library.getState().renameDeck('networking-basics', '   ', T0)).rejects.toThrow('A deck needs a name');
    await expect(library.getState().renameDeck('kubernetes', 'Mine', T0)).rejects.toThrow('There is no imported deck "kubernetes"');
  });

  it('updates a deck from edited notes, keeping its id and the name the learner gave it', async () => {
    const { library } = makeLibrary();
    await library.getState().addDeck(draftFrom(NETWORKING_FILE), T0, 'My networking');
    const edited = draftFrom(NETWORKING_EDITED_FILE);
    const { result } = await library.getState().updateDeck('networking-basics', edited, T0 + MINUTE);
    expect(result.deck).toMatchObject({ id: 'networking-basics', title: 'My networking', cards: edited.deck.cards });
    expect(result).toMatchObject({ importedAt: T0, updatedAt: T0 + MINUTE, sources: edited.sources });
    expect(library.getState().decks).toHaveLength(1);
  });

  it('deletes a deck, and the built-in deck becomes active when it was the active one', async () => {
    const { library, storage, activeDeckStorage } = makeLibrary();
    await library.getState().addDeck(draftFrom(NETWORKING_FILE), T0);
    library.getState().activateDeck('networking-basics');
    await library.getState().deleteDeck('networking-basics', T0 + MINUTE);
    expect(library.getState().decks).toEqual([]);
    expect(library.getState().activeDeckId).toBe('kubernetes');
    expect(activeDeckStorage.getItem(ACTIVE_DECK_KEY)).toBe('kubernetes');
    expect((await storage.load()).decks).toEqual([]);
  });

  it('refuses to activate a deck it does not have', async () => {
    const { library } = makeLibrary();
    await library.getState().load();
    expect(() => library.getState().activateDeck('no-such-deck')).toThrow('There is no imported deck "no-such-deck"');
    library.getState().activateDeck('kubernetes');
    expect(library.getState().activeDeckId).toBe('kubernetes');
  });

  it('shows the built-in deck while a remembered deck is gone from storage', async () => {
    const activeDeckStorage = createMemoryStorage({ [ACTIVE_DECK_KEY]: 'deleted-elsewhere' });
    const { library } = makeLibrary({ activeDeckStorage });
    await library.getState().load();
    expect(selectActiveSource(library.getState()).loaded()).toBe(BUILT_IN_DECK);
  });

  it('reads a deck added by another tab when told the library changed', async () => {
    const storage = createMemoryDeckLibraryStorage();
    const activeDeckStorage = createMemoryStorage();
    const mine = makeLibrary({ storage, activeDeckStorage }).library;
    const theirs = makeLibrary({ storage, activeDeckStorage }).library;
    await mine.getState().load();
    await theirs.getState().addDeck(draftFrom(NETWORKING_FILE), T0);
    theirs.getState().activateDeck('networking-basics');

    expect(mine.getState().decks).toEqual([]);
    await mine.getState().refresh();
    expect(mine.getState().decks.map((entry) => entry.deck.id)).toEqual(['networking-basics']);
    expect(selectActiveSource(mine.getState()).outline.title).toBe('Networking Basics');
  });

  it('skips a damaged record and still reads the others', async () => {
    const good = draftFrom(NETWORKING_FILE);
    const storage = createMemoryDeckLibraryStorage([
      { deck: { ...good.deck, cards: 'not a list' }, sources: good.sources, importedAt: T0, updatedAt: T0 },
      { deck: { ...good.deck, id: 'second' }, sources: good.sources, importedAt: T0, updatedAt: T0 },
    ]);
    const { library } = makeLibrary({ storage });
    await library.getState().load();
    expect(library.getState().decks.map((entry) => entry.deck.id)).toEqual(['second']);
    expect(library.getState().unreadable).toEqual([{ key: 'networking-basics', reason: expect.stringContaining('deck.cards') }]);
  });
});

describe('deck library without working storage', () => {
  const failing = (reason: string): DeckLibraryStorage => ({
    load: () => Promise.reject(new Error(reason)),
    save: () => Promise.reject(new Error(reason)),
    remove: () => Promise.reject(new Error(reason)),
  });

  it('says so, keeps working in memory, and falls back to the built-in deck', async () => {
    const activeDeckStorage = createMemoryStorage({ [ACTIVE_DECK_KEY]: 'networking-basics' });
    const { library } = makeLibrary({ storage: failing('indexedDB is not defined'), activeDeckStorage });
    await library.getState().load();
    expect(library.getState().status).toBe('unavailable');
    expect(library.getState().problem).toBe('Imported decks cannot be read in this browser (indexedDB is not defined).');
    expect(selectActiveSource(library.getState()).loaded()).toBe(BUILT_IN_DECK);

    const added = await library.getState().addDeck(draftFrom(NETWORKING_FILE), T0);
    expect(added.kept).toBe(false);
    expect(library.getState().problem).toBe('This browser did not keep the change (indexedDB is not defined); it lasts until this page is closed.');
    expect(selectActiveSource(library.getState()).outline.title).toBe('Networking Basics');
  });

  it('clears the problem once a change is kept again', async () => {
    let quotaFull = true;
    const storage = createMemoryDeckLibraryStorage();
    const flaky: DeckLibraryStorage = {
      load: storage.load,
      save: (entry) => (quotaFull ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : storage.save(entry)),
      remove: storage.remove,
    };
    const { library } = makeLibrary({ storage: flaky });
    expect((await library.getState().addDeck(draftFrom(NETWORKING_FILE), T0)).kept).toBe(false);
    expect(library.getState().problem).toContain('The quota has been exceeded.');
    quotaFull = false;
    expect((await library.getState().renameDeck('networking-basics', 'Networking', T0 + MINUTE)).kept).toBe(true);
    expect(library.getState().problem).toBeNull();
    expect((await storage.load()).decks[0]!.deck.title).toBe('Networking');
  });
});
