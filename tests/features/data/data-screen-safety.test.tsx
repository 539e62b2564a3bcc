// Backup & export where progress could be lost: an import that cannot be stored changes nothing and says why, the
// app's own backup of unreadable data imports with its damaged records counted, and the export says that every
// deck's progress is in the file, imported decks' too.
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { DataScreen } from '../../../src/features/data/data-screen';
import type { SaveFile } from '../../../src/features/data/save-file';
import { STORAGE_KEY, type StudyStore } from '../../../src/store/create-study-store';
import { DeckLibraryContext } from '../../../src/store/deck-library/use-active-deck';
import type { RawStorage } from '../../../src/store/persist/guarded-storage';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { studyDataOf } from '../../../src/store/data/study-data';
import { selectStorageIssue } from '../../../src/store/study-selectors';
import { draftFrom, makeLibrary, NETWORKING_FILE } from '../../fixtures/import/import-fixtures';
import { makeTestStore, MINUTE, renderInApp, T0 } from '../home/screen-harness';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { repoPath } from '../../paths';
import { progressRecord } from '../../study-data-kit';
import { Rating } from '../../../src/domain/progress';

const deck: Deck = builtDeck;
const KUBELET = 'kubernetes-architecture/definition/kubelet';
const FIXTURE = readFileSync(repoPath('tests/fixtures/transfer/progress-kubernetes.json'), 'utf8');
const jsonFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const importRegion = () => screen.getByRole('region', { name: 'Import progress' });

function renderData(store: StudyStore, library = makeLibrary({ builtInDeck: deck }).library, saveFile: SaveFile = vi.fn<SaveFile>()) {
  renderInApp(
    <StudyStoreContext value={store}>
      <DeckLibraryContext value={library}>
        <DataScreen deck={deck} clock={() => T0} saveFile={saveFile} />
      </DeckLibraryContext>
    </StudyStoreContext>,
  );
  return userEvent.setup();
}

/** A storage that holds what it holds; while `full`, every write throws as a full localStorage does. */
function fillableStorage() {
  const base = createMemoryStorage();
  const storage: RawStorage & { full: boolean } = {
    full: false,
    getItem: (key) => base.getItem(key),
    removeItem: (key) => base.removeItem(key),
    setItem: (key, value) => {
      if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      base.setItem(key, value);
    },
  };
  return { storage, base };
}

describe('an import that cannot be stored', () => {
  it('is not reported as done: nothing is replaced, in memory or storage, and the message says storage is full', async () => {
    const { storage, base } = fillableStorage();
    const store = makeTestStore(storage);
    store.getState().gradeCard('kubernetes', KUBELET, Rating.Good, T0 - MINUTE, 1000);
    const before = { data: studyDataOf(store.getState()), root: base.getItem(STORAGE_KEY) };
    const user = renderData(store);
    await user.upload(within(importRegion()).getByLabelText('Progress file'), jsonFile(FIXTURE, 'progress.json'));
    await user.click(await within(importRegion()).findByRole('radio', { name: 'Replace this browser’s progress' }));
    await user.click(within(importRegion()).getByRole('button', { name: 'Replace progress…' }));
    storage.full = true;
    await user.click(within(importRegion()).getByRole('button', { name: 'Replace all progress' }));

    const alert = within(importRegion()).getByRole('alert');
    expect(alert).toHaveTextContent(
      'progress.json was not imported. Storage is full: this browser has no room to keep the imported progress. Nothing was replaced',
    );
    expect(within(importRegion()).getByRole('status')).toHaveTextContent('');
    expect(studyDataOf(store.getState())).toEqual(before.data);
    expect(base.getItem(STORAGE_KEY)).toBe(before.root);
    // Once there is room, the same preview imports.
    storage.full = false;
    await user.click(within(importRegion()).getByRole('button', { name: 'Replace progress…' }));
    await user.click(within(importRegion()).getByRole('button', { name: 'Replace all progress' }));
    expect(within(importRegion()).getByRole('status')).toHaveTextContent(/was replaced by progress\.json/);
  });
});

describe('the backup of stored data that could not all be read', () => {
  const CNCF = 'kubernetes/definition/cncf';

  it.each([
    { choice: 'merge', done: /was merged in/, cards: 6 },
    { choice: 'replace', done: /was replaced by study-deck-backup\.json/, cards: 5 },
  ])('imports ($choice): previewed as a backup, its damaged record counted and left out', async ({ choice, done, cards }) => {
    const stored = JSON.parse(readFileSync(repoPath('tests/fixtures/stored/v2-compact-codec.json'), 'utf8'));
    stored.state.decks.kubernetes.states[1] = 'garbage,,,';
    const storage = createMemoryStorage({ [STORAGE_KEY]: JSON.stringify(stored) });
    const damaged = makeTestStore(storage);
    const issue = selectStorageIssue(damaged.getState());
    const backup = storage.getItem(issue && 'backupKey' in issue ? issue.backupKey! : '')!;

    // This browser has studied a card the backup does not hold: merged, it stays; replaced, it goes.
    const target = makeTestStore();
    target.getState().gradeCard('kubernetes', CNCF, Rating.Good, T0 - MINUTE, 1000);
    const user = renderData(target);
    await user.upload(within(importRegion()).getByLabelText('Progress file'), jsonFile(backup, 'study-deck-backup.json'));
    const summary = await within(importRegion()).findByRole('region', { name: 'What the file holds' });
    expect(
      within(summary).getByText(/^study-deck-backup\.json: a backup of progress this browser could not read, taken .+\. What can be read is below\.$/),
    ).toBeInTheDocument();
    expect(within(summary).getByText('1 damaged record could not be read and is left out.')).toBeInTheDocument();
    expect(within(summary).getByText('5 cards: 5 new to this browser, 0 changed, 0 the same')).toBeInTheDocument();
    if (choice === 'replace') {
      await user.click(within(importRegion()).getByRole('radio', { name: 'Replace this browser’s progress' }));
      await user.click(within(importRegion()).getByRole('button', { name: 'Replace progress…' }));
      await user.click(within(importRegion()).getByRole('button', { name: 'Replace all progress' }));
    } else {
      await user.click(within(importRegion()).getByRole('button', { name: 'Merge progress' }));
    }
    expect(within(importRegion()).getByRole('status')).toHaveTextContent(done);
    const progress = progressRecord(target.getState().progress.kubernetes);
    expect(Object.keys(progress)).toHaveLength(cards);
    expect(CNCF in progress).toBe(choice === 'merge');
    // The cards imported are the ones the damaged store could read, exactly.
    const { [CNCF]: _studied, ...imported } = progress;
    expect(imported).toEqual(progressRecord(damaged.getState().progress.kubernetes));
  });
});

describe('export progress', () => {
  it('lists every deck’s progress, an imported deck’s by its title, and says the notes of imported decks are not in the file', async () => {
    const { library } = makeLibrary({ builtInDeck: deck });
    const { result: imported } = await library.getState().addDeck(draftFrom(NETWORKING_FILE), T0);
    const store = makeTestStore();
    store.getState().gradeCard('kubernetes', KUBELET, Rating.Good, T0 - MINUTE, 1000);
    store.getState().gradeCard(imported.deck.id, imported.deck.cards[0].id, Rating.Good, T0 - MINUTE, 1000);
    store.getState().gradeCard('a-deck-deleted-since', 'some/definition/card', Rating.Good, T0 - MINUTE, 1000);
    renderData(store, library);
    const byDeck = within(screen.getByRole('list', { name: 'Progress by deck' }));
    expect(byDeck.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Kubernetes: 1 card, 1 review',
      `${imported.deck.title} (imported deck): 1 card, 1 review`,
      '“a-deck-deleted-since” (a deck not in this browser now): 1 card, 1 review',
    ]);
    expect(screen.getByText(/^Every deck’s progress is in the file, imported decks’ too\. The notes of imported decks are not/)).toBeInTheDocument();
  });
});
