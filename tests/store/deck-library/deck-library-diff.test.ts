import { describe, expect, it } from 'vitest';
import { diffDecks, hasChanges } from '../../../src/store/deck-library/deck-library-diff';
import { deckProgressSize, cardsWithProgress, forgetDeckProgress } from '../../../src/store/deck-library/deck-library-progress';
import { createStudyStore } from '../../../src/store/create-study-store';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { draftFrom, MINUTE, NETWORKING_EDITED_FILE, NETWORKING_FILE, readImportFixture, T0 } from '../../fixtures/import/import-fixtures';
import { Rating } from '../../../src/domain/progress';
import { undoLast } from '../store-test-kit';
import { deckCardValue } from '../../../src/store/data/study-data';
import { logArray, progressRecord } from '../../study-data-kit';

const ids = (cards: ReadonlyArray<{ id: string }>) => cards.map((card) => card.id);

describe('re-import diff', () => {
  const before = draftFrom(NETWORKING_FILE).deck;
  const after = draftFrom(NETWORKING_EDITED_FILE).deck;
  const diff = diffDecks(before, after);

  it('finds the new card, the card whose answer changed and the card that is gone', () => {
    expect(ids(diff.added)).toEqual(['addresses/definition/nat', 'addresses/definition/nat/reverse']);
    expect(ids(diff.gone)).toEqual(['addresses/definition/gateway', 'addresses/definition/gateway/reverse']);
    expect(ids(diff.changed.map((change) => change.after))).toEqual(
      expect.arrayContaining(['addresses/definition/subnet', 'addresses/definition/subnet/reverse']),
    );
    const subnet = diff.changed.find((change) => change.after.id === 'addresses/definition/subnet')!;
    expect(subnet.before.answer).toBe('a range of addresses that share a prefix');
    expect(subnet.after.answer).toBe('a block of addresses with a common prefix, written as CIDR');
  });

  it('leaves cards whose text did not change out of the report', () => {
    const reported = new Set([...ids(diff.added), ...ids(diff.gone), ...ids(diff.changed.map((change) => change.after))]);
    for (const id of ['addresses/definition/ip-address', 'names/question/which-protocol-turns-names-into-addresses', 'names/definition/ttl']) {
      expect(after.cards.some((card) => card.id === id)).toBe(true);
      expect(reported.has(id)).toBe(false);
    }
    expect(diff.unchanged).toBe(after.cards.length - diff.added.length - diff.changed.length);
    expect(hasChanges(diff)).toBe(true);
  });

  it('reports nothing for the same notes imported again', () => {
    const again = diffDecks(before, draftFrom(NETWORKING_FILE).deck);
    expect(again).toEqual({ added: [], changed: [], moved: [], moves: [], gone: [], unchanged: before.cards.length });
    expect(hasChanges(again)).toBe(false);
  });

  it('counts a changed detail line under a definition as a change', () => {
    const [card] = before.cards;
    const edited = { ...card!, details: [{ text: 'a new child line', depth: 1 }] };
    expect(ids(diffDecks({ cards: [card!] }, { cards: [edited] }).changed.map((change) => change.after))).toEqual([card!.id]);
  });
});

describe('re-importing notes with a renamed chapter', () => {
  const before = draftFrom(NETWORKING_FILE).deck;
  const renamed = draftFrom(NETWORKING_FILE, readImportFixture(NETWORKING_FILE).replace('## Chapter 1: Addresses', '## Chapter 1: IP Addresses')).deck;
  const diff = diffDecks(before, renamed);

  it("lists the chapter's cards as moved, not as new and gone", () => {
    expect(diff.added).toEqual([]);
    expect(diff.gone).toEqual([]);
    expect(diff.moved.map((move) => [move.before.id, move.after.id])).toEqual(
      expect.arrayContaining([
        ['addresses/definition/ip-address', 'ip-addresses/definition/ip-address'],
        ['addresses/definition/ip-address/reverse', 'ip-addresses/definition/ip-address/reverse'],
        ['addresses/enumeration/layers-of-the-tcp-ip-model', 'ip-addresses/enumeration/layers-of-the-tcp-ip-model'],
      ]),
    );
    expect(diff.moved).toHaveLength(before.cards.filter((card) => card.chapterId === 'addresses').length);
    expect(hasChanges(diff)).toBe(true);
  });

  it('moves their progress, so studied cards do not start over', () => {
    const store = createStudyStore({ storage: createMemoryStorage(), enableFuzz: false, tabSyncSource: null, clock: () => T0 });
    store.getState().gradeCard('networking-basics', 'addresses/definition/subnet', Rating.Good, T0, 4000);
    const scheduled = deckCardValue(store.getState().progress, 'networking-basics', 'addresses/definition/subnet');
    store.getState().moveCards('networking-basics', diff.moves);
    const progress = progressRecord(store.getState().progress['networking-basics']);
    expect(progress['ip-addresses/definition/subnet']).toEqual(scheduled);
    expect(Object.hasOwn(progress, 'addresses/definition/subnet')).toBe(false);
    expect(logArray(store.getState().log['networking-basics']).map((entry) => entry.cardId)).toEqual(['ip-addresses/definition/subnet']);
  });
});

describe('a deck’s progress', () => {
  const makeStore = () => createStudyStore({ storage: createMemoryStorage(), enableFuzz: false, tabSyncSource: null, clock: () => T0 });

  it('follows card ids: a re-imported deck keeps the progress of cards still there, and gone cards keep theirs as orphans', () => {
    const store = makeStore();
    store.getState().gradeCard('networking-basics', 'addresses/definition/subnet', Rating.Good, T0, 4000);
    store.getState().gradeCard('networking-basics', 'addresses/definition/gateway', Rating.Good, T0 + MINUTE, 4000);
    const after = draftFrom(NETWORKING_EDITED_FILE).deck;
    const gone = diffDecks(draftFrom(NETWORKING_FILE).deck, after).gone;
    expect(cardsWithProgress(store.getState(), 'networking-basics', ids(after.cards))).toEqual(['addresses/definition/subnet']);
    expect(cardsWithProgress(store.getState(), 'networking-basics', ids(gone))).toEqual(['addresses/definition/gateway']);
  });

  it('is forgotten for that deck only, on request', () => {
    const store = makeStore();
    store.getState().gradeCard('networking-basics', 'addresses/definition/subnet', Rating.Good, T0, 4000);
    store.getState().gradeCard('networking-basics', 'addresses/definition/gateway', Rating.Again, T0 + MINUTE, 4000);
    store.getState().gradeCard('kubernetes', 'kubernetes-architecture/definition/kubelet', Rating.Good, T0 + 2 * MINUTE, 4000);
    expect(deckProgressSize(store.getState(), 'networking-basics')).toEqual({ cards: 2, reviews: 2 });

    forgetDeckProgress(store, 'networking-basics');
    const state = store.getState();
    expect(deckProgressSize(state, 'networking-basics')).toEqual({ cards: 0, reviews: 0 });
    expect(Object.keys(state.progress)).toEqual(['kubernetes']);
    expect(Object.keys(state.cardChangedAt)).toEqual(['kubernetes']);
    expect(deckProgressSize(state, 'kubernetes')).toEqual({ cards: 1, reviews: 1 });
    expect(state.session.undoStack.map((step) => step.deckId)).toEqual(['kubernetes']);
    // The last grade left to undo is the other deck's.
    expect(undoLast(store)?.cardId).toBe('kubernetes-architecture/definition/kubelet');
  });
});
