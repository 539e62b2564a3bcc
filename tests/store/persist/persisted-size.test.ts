// The size budget (10,000 cards × 20 reviews in ≤ 2 MB) checked deterministically on a tenth of the data:
// stored size grows linearly with cards and reviews. `npm run bench` measures the full size.
import { describe, expect, it } from 'vitest';
import { makeSyntheticDeck, makeSyntheticProgress } from '../../../bench/synthetic-deck';
import { asStored } from '../../../bench/storage.bench';
import { encodeStudyData } from '../../../src/store/persist/persisted-codec';
import { CURRENT_STORE_VERSION } from '../../../src/store/persist/persisted-migrations';
import { makeStore, storageWith, T0 } from '../store-test-kit';

const BUDGET_BYTES_PER_1000_CARDS = (2 * 1024 * 1024) / 10;

describe('stored size', () => {
  it('stays within the budget for 1,000 cards × 20 reviews, and a store opens that data whole', () => {
    const deck = makeSyntheticDeck(1000, 20261127);
    const history = makeSyntheticProgress(deck, 20, 42, T0);
    const data = asStored(history.progress, history.log);
    const text = JSON.stringify({ state: encodeStudyData(data), version: CURRENT_STORE_VERSION });

    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(BUDGET_BYTES_PER_1000_CARDS);
    const store = makeStore(storageWith(text));
    expect(store.getState().log[deck.id]).toHaveLength(20_000);
    expect(store.getState().progress[deck.id]).toEqual(data.progress[deck.id]);
    expect(store.getState().session.storageIssue).toBeNull();
  });
});
