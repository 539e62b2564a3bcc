import { describe, expect, it } from 'vitest';
import { findCardMoves, moveCardData, moveKeys, resolveMoves } from '../../src/domain/card-moves';
import type { Card } from '../../src/domain/deck';
import { Rating, State, type ManualEntry, type ReviewEntry } from '../../src/domain/progress';
import { deckLog, deckProgress, logArray } from '../study-data-kit';

const card = (id: string, term: string, reverse = false, kind: Card['kind'] = 'definition'): Card => ({
  id,
  kind,
  noteId: reverse ? id.replace(/\/reverse$/, '') : id,
  reverse,
  chapterId: id.split('/')[0],
  sectionId: null,
  prompt: term,
  answer: 'x',
  term: kind === 'definition' ? term : null,
  items: null,
  details: [],
  context: null,
  sectionPath: [],
  source: { file: 'a.md', line: 1 },
});

describe('finding moved cards', () => {
  it('pairs each card whose id is gone with the new card of the same kind, direction and term', () => {
    const before = [
      card('rocks/definition/basalt', 'Basalt'),
      card('rocks/definition/basalt/reverse', 'Basalt', true),
      card('rocks/definition/quartz', 'Quartz'),
    ];
    const after = [
      card('igneous-rocks/definition/basalt', 'Basalt'),
      card('igneous-rocks/definition/basalt/reverse', 'Basalt', true),
      card('rocks/definition/quartz', 'Quartz'),
    ];
    expect(findCardMoves(moveKeys(before), moveKeys(after))).toEqual([
      { from: 'rocks/definition/basalt', to: 'igneous-rocks/definition/basalt' },
      { from: 'rocks/definition/basalt/reverse', to: 'igneous-rocks/definition/basalt/reverse' },
    ]);
  });

  it('moves nothing when the term changed, the kind changed, or two cards could be the one', () => {
    const before = [
      card('a/definition/mica', 'Mica'),
      card('a/enumeration/feldspar', 'Feldspar', false, 'enumeration'),
      card('a/definition/slate', 'Slate'),
      card('b/definition/slate', 'Slate'),
    ];
    const after = [card('c/definition/micas', 'Micas'), card('c/definition/feldspar', 'Feldspar'), card('c/definition/slate', 'Slate')];
    expect(findCardMoves(moveKeys(before), moveKeys(after))).toEqual([]);
  });

  it('follows a chain of recorded moves to where each old id is now', () => {
    expect(
      resolveMoves([
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'x', to: 'x2' },
      ]),
    ).toEqual([
      { from: 'a', to: 'c' },
      { from: 'b', to: 'c' },
      { from: 'x', to: 'x2' },
    ]);
    expect(
      resolveMoves([
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ]),
    ).toEqual([
      { from: 'a', to: 'a' },
      { from: 'b', to: 'b' },
    ]);
  });
});

describe('moving progress', () => {
  const entry = (cardId: string, at: number): ReviewEntry => ({ cardId, at, rating: Rating.Good, stateBefore: State.New, durationMs: 1000, origin: 'review' });
  const data = {
    progress: {
      geo: deckProgress({ 'rocks/definition/basalt': 'basalt state', 'rocks/definition/quartz': 'quartz state', 'new/definition/quartz': 'already here' }),
      other: deckProgress({ 'rocks/definition/basalt': 'other deck' }),
    },
    cardChangedAt: { geo: deckProgress({ 'rocks/definition/basalt': 5, 'rocks/definition/quartz': 6 }) },
    log: { geo: deckLog([entry('rocks/definition/basalt', 1), entry('rocks/definition/quartz', 2), entry('rocks/definition/basalt', 3)]) },
    manualLog: { geo: [{ cardId: 'rocks/definition/basalt', at: 2, action: 'forget' } satisfies ManualEntry] },
    undoneReviews: { geo: { 'rocks/definition/basalt': [4] } },
  };

  it("re-keys a moved card's progress, change time, review log, manual log and undone reviews, in that deck only", () => {
    const moved = moveCardData(data, 'geo', [{ from: 'rocks/definition/basalt', to: 'igneous/definition/basalt' }]);
    expect(moved.progress).toEqual({
      geo: deckProgress({ 'igneous/definition/basalt': 'basalt state', 'rocks/definition/quartz': 'quartz state', 'new/definition/quartz': 'already here' }),
      other: deckProgress({ 'rocks/definition/basalt': 'other deck' }),
    });
    expect(moved.cardChangedAt.geo).toEqual(deckProgress({ 'igneous/definition/basalt': 5, 'rocks/definition/quartz': 6 }));
    expect(logArray(moved.log.geo).map((logged) => [logged.cardId, logged.at])).toEqual([
      ['igneous/definition/basalt', 1],
      ['rocks/definition/quartz', 2],
      ['igneous/definition/basalt', 3],
    ]);
    expect(moved.manualLog.geo).toEqual([{ cardId: 'igneous/definition/basalt', at: 2, action: 'forget' }]);
    expect(moved.undoneReviews.geo).toEqual({ 'igneous/definition/basalt': [4] });
  });

  it('keeps the progress a card already has under its new id; the old entry stays, an orphan', () => {
    const moved = moveCardData(data, 'geo', [{ from: 'rocks/definition/quartz', to: 'new/definition/quartz' }]);
    expect(moved).toBe(data);
  });
});
