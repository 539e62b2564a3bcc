// The app's own store, as it opens in the browser: progress kept under an id the built-in deck's card had before its
// chapter was renamed or merged (content/card-ids.json, shipped in the deck's outline) is found under the new id.
import { afterEach, describe, expect, it, vi } from 'vitest';
import outline from 'virtual:deck-outline';
import { Rating } from '../../src/domain/progress';
import { createStudyStore } from '../../src/store/create-study-store';
import { deckCardValue } from '../../src/store/data/study-data';
import { logArray, progressRecord } from '../study-data-kit';

const OLD_ID = 'container-orchestration/definition/kubernetes';
const NEW_ID = 'kubernetes/definition/kubernetes';
const T0 = Date.UTC(2026, 0, 5, 9, 0);

afterEach(() => {
  localStorage.clear();
  vi.resetModules();
});

describe('the app study store', () => {
  it('moves progress kept under an old id of the built-in deck to the card it is now', async () => {
    expect(outline.idMoves).toContainEqual({ from: OLD_ID, to: NEW_ID });
    const before = createStudyStore({ enableFuzz: false, tabSyncSource: null });
    const { scheduling } = before.getState().gradeCard(outline.id, OLD_ID, Rating.Good, T0, 4_000);

    vi.resetModules();
    const { appStudyStore } = await import('../../src/store/study-store');
    const store = appStudyStore();
    store.stopTabSync();
    expect(deckCardValue(store.getState().progress, outline.id, NEW_ID)?.scheduling).toEqual(scheduling);
    expect(progressRecord(store.getState().progress[outline.id])).not.toHaveProperty(OLD_ID);
    expect(logArray(store.getState().log[outline.id]).map((entry) => entry.cardId)).toEqual([NEW_ID]);
  });
});
