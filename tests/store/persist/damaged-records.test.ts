// A damaged record costs only itself: a card state, an id or a log entry that cannot be read is set aside in a backup
// (counted in the report), and every other card, review and setting is kept.
import { describe, expect, it } from 'vitest';
import { listBackupKeys } from '../../../src/store/persist/guarded-storage';
import { selectStorageIssue } from '../../../src/store/study-selectors';
import { DECK, ETCD, KUBELET, makeStore, POD, readStoredFixture, storageWith } from '../store-test-kit';

/** Today's stored data (schema 2) with one card's state replaced, as the reliability pass did. */
function v2WithDamagedState(index: number, damage = 'garbage,,,'): { text: string; damagedId: string } {
  const fixture = JSON.parse(readStoredFixture('v2-compact-codec.json'));
  const intact = makeStore(storageWith(readStoredFixture('v2-compact-codec.json')));
  const ids = Object.keys(intact.getState().progress[DECK]).sort();
  fixture.state.decks[DECK].states[index] = damage;
  return { text: JSON.stringify(fixture), damagedId: ids[index] };
}

describe('one unreadable card state in stored data of schema 2', () => {
  it('loses only that card: every other card, every review and the settings are kept', () => {
    const intact = makeStore(storageWith(readStoredFixture('v2-compact-codec.json'))).getState();
    const { text, damagedId } = v2WithDamagedState(1);
    const store = makeStore(storageWith(text));
    const { progress, log, settings, quizHistory } = store.getState();

    const expectedProgress = { ...intact.progress[DECK] };
    delete expectedProgress[damagedId];
    expect(progress[DECK]).toEqual(expectedProgress);
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
    store.getState().gradeCard(DECK, KUBELET, 3, Date.UTC(2026, 10, 1), 5_000);
    const reloaded = makeStore(storage).getState();
    expect(Object.keys(reloaded.progress[DECK])).toHaveLength(5);
    expect(reloaded.progress[DECK][POD]).toEqual(store.getState().progress[DECK][POD]);
    expect(reloaded.progress[DECK][ETCD]).toEqual(store.getState().progress[DECK][ETCD]);
    expect(reloaded.log).toEqual(store.getState().log);
  });
});
