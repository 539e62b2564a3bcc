// A damaged record costs only itself: a card state, an id or a log entry that cannot be read is set aside in a backup
// (counted in the report), and every other card, review and setting is kept.
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/store/create-study-store';
import { studyDataOf, deckCardValue } from '../../../src/store/data/study-data';
import { listBackupKeys } from '../../../src/store/persist/guarded-storage';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { cardBucket, frontDecodeIds } from '../../../src/store/persist/persisted-codec';
import { selectStorageIssue } from '../../../src/store/study-selectors';
import { DAY, DECK, ETCD, KUBELET, makeStore, MINUTE, POD, readStoredFixture, storageWith, T0 } from '../store-test-kit';
import { Rating } from '../../../src/domain/progress';
import { cardIds } from '../../../src/domain/card-map';
import { logArray, progressRecord } from '../../study-data-kit';

/** Today's stored data (schema 2) with one card's state replaced, as the reliability pass did. */
function v2WithDamagedState(index: number, damage = 'garbage,,,'): { text: string; damagedId: string } {
  const fixture = JSON.parse(readStoredFixture('v2-compact-codec.json'));
  const intact = makeStore(storageWith(readStoredFixture('v2-compact-codec.json')));
  const ids = cardIds(intact.getState().progress[DECK]).sort();
  fixture.state.decks[DECK].states[index] = damage;
  return { text: JSON.stringify(fixture), damagedId: ids[index] };
}

describe('one unreadable card state in stored data of schema 2', () => {
  it('loses only that card: every other card, every review and the settings are kept', () => {
    const intact = makeStore(storageWith(readStoredFixture('v2-compact-codec.json'))).getState();
    const { text, damagedId } = v2WithDamagedState(1);
    const store = makeStore(storageWith(text));
    const { progress, log, settings, quizHistory } = store.getState();

    const expectedProgress = progressRecord(intact.progress[DECK]);
    delete expectedProgress[damagedId];
    expect(progressRecord(progress[DECK])).toEqual(expectedProgress);
    // The card's reviews are a record of their own, readable, so they stay.
    expect(log[DECK]).toEqual(intact.log[DECK]);
    expect(settings).toEqual(intact.settings);
    expect(quizHistory).toEqual(intact.quizHistory);
  });

  it('is reported with its count and set aside in a backup before anything is written', () => {
    const { text } = v2WithDamagedState(1);
    const storage = storageWith(text);
    const store = makeStore(storage);
    const issue = selectStorageIssue(store.getState());
    expect(issue).toMatchObject({ kind: 'damaged-records', damagedCount: 1, savingPaused: false });
    const backupKey = issue && 'backupKey' in issue ? issue.backupKey : null;
    expect(backupKey).not.toBeNull();
    expect(listBackupKeys(storage)).toEqual([backupKey]);
    expect(storage.getItem(backupKey!)).toContain('garbage,,,');
  });

  it('leaves the other cards gradable as before, and a reload keeps them', () => {
    const { text } = v2WithDamagedState(1);
    const storage = storageWith(text);
    const store = makeStore(storage);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, Date.UTC(2026, 10, 1), 5_000);
    const reloaded = makeStore(storage).getState();
    expect(cardIds(reloaded.progress[DECK])).toHaveLength(5);
    expect(deckCardValue(reloaded.progress, DECK, POD)).toEqual(deckCardValue(store.getState().progress, DECK, POD));
    expect(deckCardValue(reloaded.progress, DECK, ETCD)).toEqual(deckCardValue(store.getState().progress, DECK, ETCD));
    expect(reloaded.log).toEqual(store.getState().log);
  });
});

describe('damage in stored data of schema 3', () => {
  /** 200 cards graded once each: two chunks of the deck. */
  function studied(storage = createMemoryStorage()) {
    const store = makeStore(storage);
    for (let index = 0; index < 200; index += 1) store.getState().gradeCard(DECK, `chapter/definition/card-${index}`, Rating.Good, T0 + index * MINUTE, 2000);
    return { storage, data: studyDataOf(store.getState()) };
  }
  const chunkKeyOf = (index: number) => `${STORAGE_KEY}:cards:${DECK}:2:${index}`;

  it('one garbage card state: that card’s state is set aside, the original stays until the next save, which writes the chunk clean', () => {
    const { storage, data } = studied();
    const chunk = JSON.parse(storage.getItem(chunkKeyOf(1))!);
    const damagedId = frontDecodeIds(chunk.ids)[4];
    chunk.states[4] = 'garbage,,,';
    const original = JSON.stringify(chunk);
    storage.setItem(chunkKeyOf(1), original);

    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'damaged-records', damagedCount: 1 });
    expect(cardIds(store.getState().progress[DECK])).toHaveLength(199);
    expect(deckCardValue(store.getState().progress, DECK, damagedId)).toBeUndefined();
    expect(store.getState().log).toEqual(data.log);
    expect(storage.getItem(chunkKeyOf(1))).toBe(original);

    // A grade in the other chunk: the damaged one is written clean too, so the next visit reads it whole.
    const other = cardIds(data.progress[DECK]).find((cardId) => cardBucket(cardId, 2) === 0)!;
    store.getState().gradeCard(DECK, other, Rating.Good, T0 + DAY, 2000);
    expect(storage.getItem(chunkKeyOf(1))).not.toBe(original);
    const reopened = makeStore(storage);
    expect(selectStorageIssue(reopened.getState())).toBeNull();
    expect(studyDataOf(reopened.getState())).toEqual(studyDataOf(store.getState()));
  });

  it('a chunk that is not JSON costs its cards; the other chunk, the settings and the quizzes are kept', () => {
    const { storage } = studied();
    storage.setItem(chunkKeyOf(0), '{"t": 1, "ids": [');
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'damaged-records', damagedCount: 1 });
    const kept = cardIds(store.getState().progress[DECK]);
    expect(kept.length).toBeGreaterThan(50);
    expect(kept.every((cardId) => cardBucket(cardId, 2) === 1)).toBe(true);
  });

  it('an unreadable root costs only the settings: every chunk is still read, and the root is backed up', () => {
    const { storage, data } = studied();
    storage.setItem(STORAGE_KEY, 'garbage,,,');
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'damaged-records', damagedCount: 1 });
    expect(store.getState().progress).toEqual(data.progress);
    expect(store.getState().log).toEqual(data.log);
    const issue = selectStorageIssue(store.getState());
    const backup = JSON.parse(storage.getItem(issue && 'backupKey' in issue ? issue.backupKey! : '')!);
    expect(backup.keys[STORAGE_KEY]).toBe('garbage,,,');
  });

  it('a damaged month of reviews keeps the reviews before the damage, is backed up, and is written clean at the next save', () => {
    const { storage, data } = studied();
    const chunk = JSON.parse(storage.getItem(chunkKeyOf(1))!);
    const [month] = Object.keys(chunk.log);
    const text: string = chunk.log[month];
    // Cut into the middle of the month: the reviews after the cut cannot be read.
    chunk.log[month] = `${text.slice(0, Math.floor(text.length / 2))}?`;
    storage.setItem(chunkKeyOf(1), JSON.stringify(chunk));

    const store = makeStore(storage);
    const issue = selectStorageIssue(store.getState());
    expect(issue).toMatchObject({ kind: 'damaged-records', damagedCount: 1 });
    expect(storage.getItem(issue && 'backupKey' in issue ? issue.backupKey! : '')).toContain(text.slice(0, 20));
    const kept = logArray(store.getState().log[DECK]);
    const all = logArray(data.log[DECK]);
    expect(kept.length).toBeGreaterThan(all.length / 2);
    expect(kept.length).toBeLessThan(all.length);
    // Every card state is kept: a review's loss does not change a schedule.
    expect(store.getState().progress).toEqual(data.progress);

    const other = cardIds(data.progress[DECK]).find((cardId) => cardBucket(cardId, 2) === 0)!;
    store.getState().gradeCard(DECK, other, Rating.Good, T0 + DAY, 2000);
    const reopened = makeStore(storage);
    expect(selectStorageIssue(reopened.getState())).toBeNull();
    expect(studyDataOf(reopened.getState())).toEqual(studyDataOf(store.getState()));
  });
});

describe('an unreadable root over chunks of schema 4', () => {
  it('reads the chunks as schema 4 and brings them up to date: only the settings are lost', () => {
    const v4Keys: Record<string, string> = JSON.parse(readStoredFixture('v4-quiz-sessions.json')).keys;
    const intact = studyDataOf(makeStore(createMemoryStorage(v4Keys)).getState());
    const storage = createMemoryStorage({ ...v4Keys, [STORAGE_KEY]: 'garbage,,,' });
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'damaged-records', damagedCount: 1 });
    expect(store.getState().progress).toEqual(intact.progress);
    expect(store.getState().log).toEqual(intact.log);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(5);
    expect(makeStore(storage).getState().log).toEqual(intact.log);
  });
});
