// Importing notes in the browser with the real pipeline, a real deck library (in memory) and a real study store.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { afterEach, describe, expect, it } from 'vitest';
import { DeckLibraryContext } from '../../../src/store/deck-library/use-active-deck';
import { ImportNotesScreen } from '../../../src/features/import-notes/import-notes-screen';
import { createStudyStore } from '../../../src/store/create-study-store';
import { selectActiveSource } from '../../../src/store/deck-library/deck-library';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { renderInApp } from '../home/screen-harness';
import { draftFrom, makeLibrary, MINUTE, NETWORKING_EDITED_FILE, NETWORKING_FILE, readImportFixture, T0 } from '../../fixtures/import/import-fixtures';
import { renderAppWithLibrary } from '../../fixtures/import/render-with-library';
import { Rating } from '../../../src/domain/progress';
import { cardIds } from '../../../src/domain/card-map';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const makeStore = () => createStudyStore({ storage: createMemoryStorage(), enableFuzz: false, tabSyncSource: null, clock: () => T0 });

function renderImportScreen(kit = makeLibrary(), store = makeStore()) {
  window.history.replaceState(null, '', '/#/import');
  renderInApp(
    <DeckLibraryContext value={kit.library}>
      <StudyStoreContext value={store}>
        <ImportNotesScreen clock={() => T0 + MINUTE} />
      </StudyStoreContext>
    </DeckLibraryContext>,
  );
  return { ...kit, store };
}

async function pasteAndPreview(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByLabelText('Or paste Markdown'));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Preview cards' }));
}

const noteFile = (name: string, text = readImportFixture(name)) => new File([text], name, { type: 'text/markdown' });

describe('importing pasted notes', () => {
  it(
    'previews the cards by chapter and section with the warning’s line, then adds the deck, makes it active and opens Home on it',
    { timeout: 15_000 },
    async () => {
      const user = userEvent.setup();
      const kit = makeLibrary({ builtInDeck: builtDeck });
      renderAppWithLibrary('#/import', kit.library);
      await screen.findByRole('heading', { level: 1, name: 'Import notes' });

      await pasteAndPreview(user, readImportFixture(NETWORKING_FILE));
      const preview = await screen.findByRole('region', { name: 'Preview: Networking Basics' });

      const addressing = within(preview).getByRole('list', { name: 'Addressing' });
      expect(
        within(addressing)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'List Addressing → IP address, Subnet, Gateway',
        'Definition IP address → a number that identifies a host on a network',
        'Definition Subnet → a range of addresses that share a prefix',
        'Definition Gateway → the router a host sends traffic to when the destination is outside its subnet',
      ]);
      expect(within(preview).getByRole('region', { name: 'Chapter 2: Names' })).toHaveTextContent('Question Which protocol turns names into addresses? → DNS');
      const definitions = within(preview).getByText('Definitions', { selector: 'dt' }).nextElementSibling;
      expect(definitions).toHaveTextContent('4');

      const warnings = within(preview).getByRole('region', { name: '1 warning' });
      expect(warnings).toHaveTextContent('pasted-notes.md:22 "TTL" is also at pasted-notes.md:21: one card, with this answer as a detail');

      await user.click(within(preview).getByRole('button', { name: 'Add deck' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Networking Basics' })).toBeInTheDocument();
      expect(window.location.hash).toBe('#/');
      expect(within(screen.getByRole('banner')).getByRole('link', { name: /Study Deck\s*Networking Basics/ })).toBeInTheDocument();
      expect(screen.getByRole('list', { name: 'Chapters' })).toHaveTextContent('Addresses');
      expect(kit.library.getState().activeDeckId).toBe('networking-basics');
      expect((await kit.storage.load()).decks.map((entry) => entry.deck.title)).toEqual(['Networking Basics']);
    },
  );

  it('shows whatever the notes hold as text: markup is never turned into elements', async () => {
    const user = userEvent.setup();
    const { library } = renderImportScreen();
    const notes = '# Web Safety\n\n## Chapter 1: Injection\n\nScript tag: <script>alert(1)</script> runs code when inserted as HTML\n';
    await pasteAndPreview(user, notes);
    const preview = await screen.findByRole('region', { name: 'Preview: Web Safety' });
    expect(preview).toHaveTextContent('Script tag → <script>alert(1)</script> runs code when inserted as HTML');
    expect(document.querySelector('main img, img[src="x"], script:not([src])')).toBeNull();
    expect(library.getState().decks).toEqual([]);
  });

  it('names the deck as the learner asks', async () => {
    const user = userEvent.setup();
    const { library } = renderImportScreen();
    await pasteAndPreview(user, readImportFixture(NETWORKING_FILE));
    const name = await screen.findByLabelText('Deck name');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Add deck' }));
    expect(screen.getByText('Give the deck a name.')).toBeInTheDocument();
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.type(name, 'My networking course');
    await user.click(screen.getByRole('button', { name: 'Add deck' }));
    await waitFor(() => expect(selectActiveSource(library.getState()).outline.title).toBe('My networking course'));
    expect(library.getState().decks[0]!.deck.id).toBe('networking-basics');
  });

  it('says when the notes make no cards, and offers nothing to add', async () => {
    const user = userEvent.setup();
    renderImportScreen();
    await pasteAndPreview(user, 'Some prose about networks, with no terms, lists or questions in it.');
    expect(await screen.findByText(/These notes make no cards yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add deck' })).not.toBeInTheDocument();
  });

  it('asks for notes when nothing was pasted', async () => {
    const user = userEvent.setup();
    renderImportScreen();
    await user.click(screen.getByRole('button', { name: 'Preview cards' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste some notes first, or choose files.');
  });
});

describe('importing files', () => {
  it('reads chosen files in name order into one deck', async () => {
    const user = userEvent.setup();
    const { library } = renderImportScreen();
    const names = '## Chapter 2: Names\n\nWhich protocol turns names into addresses? :: DNS\n';
    const addresses = '# Networking Basics\n\n## Chapter 1: Addresses\n\nSubnet: a range of addresses that share a prefix\n';
    await user.upload(screen.getByLabelText('Markdown files'), [noteFile('02-names.md', names), noteFile('01-addresses.md', addresses)]);

    const preview = await screen.findByRole('region', { name: 'Preview: Networking Basics' });
    expect(screen.getByRole('status')).toHaveTextContent('3 cards found in 01-addresses.md, 02-names.md.');
    expect(
      within(preview)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Chapter 1: Addresses', 'Chapter 2: Names']);
    await user.click(screen.getByRole('button', { name: 'Add deck' }));
    await waitFor(() => expect(library.getState().decks).toHaveLength(1));
    expect(library.getState().decks[0]!.sources.map((source) => source.path)).toEqual(['01-addresses.md', '02-names.md']);
  });

  it('leaves out dropped files that are not Markdown or not UTF-8, and says which', async () => {
    renderImportScreen();
    const notUtf8 = new File([new Uint8Array([0x54, 0x65, 0x72, 0x6d, 0x3a, 0x20, 0xff, 0xfe, 0x0a])], 'latin1.md');
    const files = [noteFile(NETWORKING_FILE), new File(['\u0089PNG'], 'diagram.png', { type: 'image/png' }), notUtf8];
    fireEvent.drop(screen.getByLabelText('Markdown files').closest('div')!, { dataTransfer: { files, types: ['Files'] } });

    const preview = await screen.findByRole('region', { name: 'Preview: Networking Basics' });
    const warnings = within(preview).getByRole('region', { name: '3 warnings' });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'diagram.png was left out: not a Markdown file (.md, .markdown or .txt)',
      'latin1.md was left out: not UTF-8 text',
      expect.stringMatching(/^networking-notes\.md:22 "TTL" is also at networking-notes\.md:21/),
    ]);
  });
});

describe('importing a new version of a deck', () => {
  async function importEdited() {
    const kit = makeLibrary();
    const { result } = await kit.library.getState().addDeck(draftFrom(NETWORKING_FILE), T0);
    const store = makeStore();
    store.getState().gradeCard(result.deck.id, 'addresses/definition/gateway', Rating.Good, T0, 5000);
    store.getState().gradeCard(result.deck.id, 'addresses/definition/subnet', Rating.Good, T0, 5000);
    const user = userEvent.setup();
    renderImportScreen(kit, store);
    await user.upload(screen.getByLabelText('Markdown files'), noteFile(NETWORKING_EDITED_FILE));
    await screen.findByRole('region', { name: 'Preview: Networking Basics' });
    return { ...kit, store, user };
  }

  it('lists the new, changed and gone cards before anything changes', async () => {
    const { library } = await importEdited();
    expect(screen.getByRole('radio', { name: 'A new version of “Networking Basics”' })).toBeChecked();
    const report = screen.getByRole('region', { name: 'What changes in “Networking Basics”' });

    const added = within(report).getByRole('region', { name: 'New: 2 cards' });
    expect(
      within(added)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Definition NAT → rewrites private addresses to a public one at the edge of a network']);
    const changed = within(report).getByRole('region', { name: /^Changed: \d+ cards$/ });
    expect(within(changed).getByText('Subnet').closest('li')).toHaveTextContent(
      'Definition Subnet → a block of addresses with a common prefix, written as CIDRBefore: a range of addresses that share a prefix',
    );
    const gone = within(report).getByRole('region', { name: 'Gone: 2 cards' });
    expect(gone).toHaveTextContent('1 gone card has progress; it is kept in case it comes back.');
    expect(
      within(gone)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Definition Gateway → the router a host sends traffic to when the destination is outside its subnet']);
    expect(within(report).queryByText('IP address')).not.toBeInTheDocument();
    // Nothing is replaced until the learner confirms.
    expect(library.getState().decks[0]!.deck.cards.some((card) => card.id === 'addresses/definition/gateway')).toBe(true);
  });

  it('replaces the deck’s cards on confirm, keeping its id and every card’s progress', async () => {
    const { library, store, user } = await importEdited();
    await user.click(screen.getByRole('button', { name: 'Update deck' }));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    const [entry] = library.getState().decks;
    expect(library.getState().decks).toHaveLength(1);
    expect(entry!.deck.id).toBe('networking-basics');
    expect(entry!.deck.cards.map((card) => card.id)).toContain('addresses/definition/nat');
    expect(entry!.deck.cards.map((card) => card.id)).not.toContain('addresses/definition/gateway');
    expect(entry!.updatedAt).toBe(T0 + MINUTE);
    expect(library.getState().activeDeckId).toBe('networking-basics');
    expect(cardIds(store.getState().progress['networking-basics']!).sort()).toEqual(['addresses/definition/gateway', 'addresses/definition/subnet']);
  });

  it('can still add the notes as a separate deck, under an id of its own', async () => {
    const { library, user } = await importEdited();
    await user.click(screen.getByRole('radio', { name: 'A new deck' }));
    expect(screen.queryByRole('region', { name: /What changes/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add deck' }));
    await waitFor(() => expect(library.getState().decks).toHaveLength(2));
    expect(library.getState().decks.map((entry) => entry.deck.id)).toEqual(['networking-basics', 'networking-basics-2']);
  });
});
