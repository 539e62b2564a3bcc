// The size budget (10,000 cards × 20 reviews in ≤ 2 MB) checked deterministically on a tenth of the data:
// stored size grows linearly with cards and reviews. `npm run bench` measures the full size.
import { describe, expect, it } from 'vitest';
import { makeSyntheticDeck, makeSyntheticProgress } from '../../../bench/synthetic-deck';
import { asStored } from '../../../bench/storage.bench';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { studyDataOf } from '../../../src/store/data/study-data';
import { makeStore, T0 } from '../store-test-kit';
import { logArray } from '../../study-data-kit';

const BUDGET_BYTES_PER_1000_CARDS = (2 * 1024 * 1024) / 10;

describe('stored size', () => {
  it('stays within the budget for 1,000 cards × 20 reviews over every key, and a store opens that data whole', () => {
    const deck = makeSyntheticDeck(1000, 20261127);
    const history = makeSyntheticProgress(deck, 20, 42, T0);
    const data = asStored(history.progress, history.log);
    const storage = createMemoryStorage();
    expect(makeStore(storage).replaceStudyData(data)).toEqual({ ok: true });

    let bytes = 0;
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index)!;
      bytes += new TextEncoder().encode(key + storage.getItem(key)!).length;
    }
    expect(storage.length).toBeGreaterThan(2);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES_PER_1000_CARDS);
    const store = makeStore(storage);
    expect(logArray(store.getState().log[deck.id])).toHaveLength(20_000);
    expect(studyDataOf(store.getState())).toEqual(data);
    expect(store.getState().session.storageIssue).toBeNull();
  });
});
