// The storage notice for each storage problem the store reports, over real stores and storages that misbehave.
import { readFileSync } from 'node:fs';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, StorageNotice } from '../../src/components/storage-notice';
import { createStudyStore, STORAGE_KEY, type StudyStore } from '../../src/store/create-study-store';
import { BACKUP_KEY_PREFIX, type RawStorage } from '../../src/store/persist/guarded-storage';
import { createMemoryStorage, type MemoryStorage } from '../../src/store/persist/memory-storage';
import { parseProgressFile } from '../../src/store/progress-transfer/progress-transfer';
import { StudyStoreContext } from '../../src/store/study-store-context';
import { Rating } from '../../src/domain/progress';
import { repoPath } from '../paths';

/** 27 Nov 2026, 09:00 UTC. */
const T0 = Date.UTC(2026, 10, 27, 9, 0);
const BACKUP_KEY = `${BACKUP_KEY_PREFIX}2026-11-27T09:00:00.000Z`;
const BACKUP_FILE = 'study-deck-backup-2026-11-27T09-00-00.000Z.json';

const stores: StudyStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.stopTabSync()));

function makeStore(storage: RawStorage): StudyStore {
  const store = createStudyStore({ storage, enableFuzz: false, tabSyncSource: null, clock: () => T0 });
  stores.push(store);
  return store;
}

const fixture = (name: string) => readFileSync(repoPath('tests/fixtures/stored', name), 'utf8');

// jsdom has no object URLs: record each blob under a URL, as the browser would.
const objectUrls = new Map<string, Blob>();
const urlStatics = URL as unknown as { createObjectURL?: (blob: Blob) => string; revokeObjectURL?: (url: string) => void };
beforeEach(() => {
  urlStatics.createObjectURL = (blob) => {
    const url = `blob:test/${objectUrls.size + 1}`;
    objectUrls.set(url, blob);
    return url;
  };
  urlStatics.revokeObjectURL = (url) => void objectUrls.delete(url);
});
afterEach(() => {
  delete urlStatics.createObjectURL;
  delete urlStatics.revokeObjectURL;
  objectUrls.clear();
});

/** A storage that reads but has no room for any write. */
function fullStorage(base: MemoryStorage): RawStorage {
  return {
    getItem: (key) => base.getItem(key),
    removeItem: (key) => base.removeItem(key),
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

function renderNotice(store: StudyStore, storage: RawStorage) {
  render(
    <StudyStoreContext value={store}>
      <StorageNotice readStoredText={(key) => storage.getItem(key)} />
    </StudyStoreContext>,
  );
  return userEvent.setup();
}

/** The text of the file the link downloads. */
async function downloaded(link: HTMLElement): Promise<string> {
  const blob = objectUrls.get(link.getAttribute('href') ?? '');
  if (!blob) throw new Error(`no object URL behind ${link.getAttribute('href')}`);
  return blob.text();
}

describe.each([
  ['corrupt JSON', 'corrupt-truncated.txt', 'Study Deck started afresh; what you study from now on is saved.'],
  ['data of a foreign shape', 'foreign-shape.json', 'Study Deck started afresh; what you study from now on is saved.'],
  [
    'data from a newer version',
    'newer-version.json',
    'It was saved by a newer version of Study Deck. Nothing is saved in this tab, so that version can still read it.',
  ],
])('for %s', (_what, name, consequence) => {
  it('says the progress could not be read and offers the backup as a download that holds the original text', async () => {
    const original = fixture(name);
    const storage = createMemoryStorage({ [STORAGE_KEY]: original });
    renderNotice(makeStore(storage), storage);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your saved progress could not be read. It was kept as a backup.');
    expect(alert).toHaveTextContent(consequence);
    const link = screen.getByRole('link', { name: 'Download backup' });
    expect(link).toHaveAttribute('download', BACKUP_FILE);
    const backup = JSON.parse(await downloaded(link));
    expect(backup).toMatchObject({ format: 'study-deck-backup', keys: { [STORAGE_KEY]: original } });
  });
});

describe('for records that could not be read', () => {
  it('counts them, says everything else was kept, and offers the backup, which imports', async () => {
    const stored = JSON.parse(fixture('v2-compact-codec.json'));
    stored.state.decks.kubernetes.states[1] = 'garbage,,,';
    stored.state.decks.kubernetes.logs[2] = '0A';
    const storage = createMemoryStorage({ [STORAGE_KEY]: JSON.stringify(stored) });
    renderNotice(makeStore(storage), storage);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Part of your saved progress could not be read: 2 records. They were kept as a backup.');
    expect(alert).toHaveTextContent('Everything else was kept, and what you study from now on is saved.');
    expect(alert).toHaveTextContent('What can still be read in the backup imports again under Backup & export, Import progress.');
    const read = parseProgressFile(await downloaded(screen.getByRole('link', { name: 'Download backup' })));
    expect(read.ok && read.damagedCount).toBe(2);
  });
});

describe('storage notice', () => {
  it('tells when no backup could be made, and offers no download', () => {
    const original = fixture('corrupt-truncated.txt');
    const base = createMemoryStorage({ [STORAGE_KEY]: original });
    // Writing the backup copy fails; the original stays where it was.
    const storage = fullStorage(base);
    renderNotice(makeStore(storage), storage);
    expect(screen.getByRole('alert')).toHaveTextContent('No backup copy could be made, so it was left untouched, and nothing new is saved for now.');
    expect(screen.queryByRole('link', { name: 'Download backup' })).not.toBeInTheDocument();
  });

  it('says storage is full when a write runs out of space, once the store reports it', () => {
    const storage = fullStorage(createMemoryStorage());
    const store = makeStore(storage);
    renderNotice(store, storage);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => void store.getState().gradeCard('kubernetes', 'kubernetes/definition/kubernetes', Rating.Good, T0, 3_000));
    expect(screen.getByRole('alert')).toHaveTextContent('Storage is full: progress is kept for this session only.');
  });

  it('says progress lasts only until the tab closes when storage is unavailable', () => {
    const storage: RawStorage = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    renderNotice(makeStore(storage), createMemoryStorage());
    expect(screen.getByRole('status')).toHaveTextContent('Progress can’t be saved in this browser mode; it lasts until you close the tab.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('goes away when dismissed, and the store forgets the problem', async () => {
    const storage = createMemoryStorage({ [STORAGE_KEY]: fixture('foreign-shape.json') });
    const store = makeStore(storage);
    const user = renderNotice(store, storage);
    await user.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(store.getState().session.storageIssue).toBeNull();
    // The backup itself stays in storage.
    expect(JSON.parse(storage.getItem(BACKUP_KEY)!).keys[STORAGE_KEY]).toBe(fixture('foreign-shape.json'));
  });

  it('shows nothing when storage works', () => {
    const storage = createMemoryStorage();
    const { container } = render(
      <StudyStoreContext value={makeStore(storage)}>
        <StorageNotice readStoredText={(key) => storage.getItem(key)} />
      </StudyStoreContext>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('names the backup file after its key without characters file systems refuse', () => {
    expect(backupFileName(BACKUP_KEY)).toBe(BACKUP_FILE);
    expect(backupFileName(`${BACKUP_KEY}-2`)).toBe('study-deck-backup-2026-11-27T09-00-00.000Z-2.json');
  });
});
