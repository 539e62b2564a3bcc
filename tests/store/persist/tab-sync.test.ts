// Two tabs: two store instances over one localStorage. A browser tells every *other* tab about a write with a
// `storage` event; here both stores listen to the one window, so an event reaches both (merging is idempotent).
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/store/create-study-store';
import { BACKUP_KEY_PREFIX } from '../../../src/store/persist/guarded-storage';
import { DECK, ETCD, KUBELET, makeStore, MINUTE, POD, T0, undoLast } from '../store-test-kit';
import { Rating } from '../../../src/domain/progress';
import { deckCardValue } from '../../../src/store/data/study-data';
import { cardIds } from '../../../src/domain/card-map';
import { logArray } from '../../study-data-kit';
import { monthOf, unreadMonthCount } from '../../../src/domain/review-log';

function openTab() {
  return makeStore(localStorage, { tabSyncSource: window });
}

/** What the browser does after another tab wrote `key`. */
function storageEvent(key: string | null = STORAGE_KEY) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: key ? localStorage.getItem(key) : null, storageArea: localStorage }));
}

function reviewsOf(tab: ReturnType<typeof openTab>) {
  return logArray(tab.getState().log[DECK]).map((entry) => [entry.cardId, entry.at, entry.rating]);
}

describe('two tabs', () => {
  it('lose no grade when both grade before hearing of each other', () => {
    const a = openTab();
    const b = openTab();
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    // b has not heard of a's grade: its write replaces a's in storage.
    b.getState().gradeCard(DECK, POD, Rating.Easy, T0 + MINUTE, 5_000);
    storageEvent();

    const expected = [
      [KUBELET, T0, 3],
      [POD, T0 + MINUTE, 4],
    ];
    expect(reviewsOf(a)).toEqual(expected);
    expect(reviewsOf(b)).toEqual(expected);
    expect(a.getState().progress).toEqual(b.getState().progress);
    // The merge was written back, so a third tab opened now sees both grades.
    expect(reviewsOf(openTab())).toEqual(expected);
  });

  it('keep the later grade of a card both graded, and both reviews in the log', () => {
    const a = openTab();
    const b = openTab();
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    const later = b.getState().gradeCard(DECK, KUBELET, Rating.Again, T0 + MINUTE, 5_000);
    storageEvent();

    for (const tab of [a, b]) {
      expect(deckCardValue(tab.getState().progress, DECK, KUBELET)!.scheduling).toEqual(later.scheduling);
      expect(reviewsOf(tab)).toEqual([
        [KUBELET, T0, 3],
        [KUBELET, T0 + MINUTE, 1],
      ]);
    }
  });

  it('pass an undo on, and the undone review does not come back', () => {
    const a = openTab();
    const b = openTab();
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    const second = a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0 + 10 * MINUTE, 5_000);
    storageEvent();
    expect(deckCardValue(b.getState().progress, DECK, KUBELET)!.scheduling).toEqual(second.scheduling);

    undoLast(a);
    storageEvent();
    b.getState().gradeCard(DECK, POD, Rating.Good, T0 + 11 * MINUTE, 5_000);
    storageEvent();

    for (const tab of [a, b]) {
      expect(deckCardValue(tab.getState().progress, DECK, KUBELET)!.scheduling.reps).toBe(1);
      expect(reviewsOf(tab)).toEqual([
        [KUBELET, T0, 3],
        [POD, T0 + 11 * MINUTE, 3],
      ]);
    }
  });

  it('pass a reset of all progress on, and older progress in the other tab does not come back', () => {
    const a = openTab();
    const b = openTab();
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    storageEvent();
    b.getState().resetAllProgress(T0 + MINUTE);
    storageEvent();
    a.getState().gradeCard(DECK, ETCD, Rating.Good, T0 + 2 * MINUTE, 5_000);
    storageEvent();

    for (const tab of [a, b]) {
      expect(cardIds(tab.getState().progress[DECK])).toEqual([ETCD]);
      expect(reviewsOf(tab)).toEqual([[ETCD, T0 + 2 * MINUTE, 3]]);
    }
  });

  it('share settings changes, the later change winning', () => {
    const a = openTab();
    const b = openTab();
    a.getState().updateSettings({ newCardsPerDay: 5 }, T0);
    b.getState().updateSettings({ reviewsPerDay: 50 }, T0 + MINUTE);
    storageEvent();
    for (const tab of [a, b]) expect(tab.getState().settings).toMatchObject({ newCardsPerDay: 20, reviewsPerDay: 50 });
  });

  it('ignore events about other keys', () => {
    const a = openTab();
    const b = openTab();
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    storageEvent('theme');
    expect(b.getState().log).toEqual({});
  });

  it('put their data back when the other tab clears the storage', () => {
    const a = openTab();
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    localStorage.clear();
    storageEvent(null);
    expect(reviewsOf(openTab())).toEqual([[KUBELET, T0, 3]]);
  });

  it('back up an unreadable root written by the other tab, keep their own data, and read the chunks without it', () => {
    const a = openTab();
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    localStorage.setItem(STORAGE_KEY, '{"state":');
    storageEvent();

    const backupKey = `${BACKUP_KEY_PREFIX}${new Date(T0).toISOString()}`;
    expect(a.getState().session.storageIssue).toMatchObject({ kind: 'damaged-records', damagedCount: 1, backupKey });
    expect(JSON.parse(localStorage.getItem(backupKey)!).keys[STORAGE_KEY]).toBe('{"state":');
    expect(reviewsOf(a)).toEqual([[KUBELET, T0, 3]]);
    expect(reviewsOf(openTab())).toEqual([[KUBELET, T0, 3]]);
  });

  it('stop merging once sync is stopped', () => {
    const a = openTab();
    const b = openTab();
    b.stopTabSync();
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    storageEvent();
    expect(b.getState().log).toEqual({});
  });

  it('read no month that is the same on both sides when merging another tab’s save: a year of reviews stays unread', () => {
    const JANUARY_2026 = Date.UTC(2026, 0, 10, 9);
    const first = openTab();
    // A review in each of twelve months, in a chunk both tabs read from storage.
    for (let month = 0; month < 12; month += 1)
      first.getState().gradeCard(DECK, month % 2 ? KUBELET : POD, Rating.Good, JANUARY_2026 + month * 31 * 86_400_000, 5_000);
    first.stopTabSync();
    const a = openTab();
    const b = openTab();
    expect(unreadMonthCount(a.getState().log[DECK])).toBe(12);
    const now = JANUARY_2026 + 12 * 31 * 86_400_000;
    // A card both tabs have (a new card would renumber its chunk's cards, and so change every month's text).
    b.getState().gradeCard(DECK, KUBELET, Rating.Good, now, 5_000);
    storageEvent();

    const log = a.getState().log[DECK];
    expect(log.size).toBe(13);
    expect(log.months.at(-1)?.month).toBe(monthOf(now));
    // The twelve months are the same texts on both sides, so stay unread; only b's new month is read (to write the
    // merge back, the encoder lists what it adds).
    expect(unreadMonthCount(log)).toBe(12);
    expect(log.months.at(-1)?.entries).toHaveLength(1);
    expect(reviewsOf(a)).toEqual(reviewsOf(b));
    expect(reviewsOf(a)).toHaveLength(13);
  });
});
