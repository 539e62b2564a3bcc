// The log is the record: after any sequence of grades, undos, forgets and suspensions, every card's stored
// scheduling state is what replaying its stored log (grades and forgets) gives — in memory and after a reload, with
// fuzz on as in the app. This is what lets a later sync rebuild card states from a merged log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardTimeline, isUntouchedNewState, replayCard } from '../../src/domain/card-replay';
import type { Grade } from '../../src/domain/progress';
import { schedulerOptionsFrom } from '../../src/domain/scheduler';
import { createMemoryStorage } from '../../src/store/persist/memory-storage';
import type { StudyState } from '../../src/store/study-state';
import { cardEntries } from '../../src/domain/card-map';
import { logArray } from '../study-data-kit';
import { DAY, DECK, ETCD, KUBELET, makeStore, MINUTE, POD, T0, undoLast } from './store-test-kit';

const CARDS = [KUBELET, POD, ETCD];

type Action =
  | { kind: 'grade'; card: number; grade: Grade; wait: number; origin: 'review' | 'quiz' }
  | { kind: 'undo'; wait: number }
  | { kind: 'forget'; card: number; wait: number }
  | { kind: 'suspend'; card: number; suspended: boolean; wait: number };

const waitArb = fc.oneof(fc.integer({ min: 0, max: 10 * MINUTE }), fc.integer({ min: 0, max: 30 * DAY }));
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('grade' as const),
      card: fc.nat({ max: 2 }),
      grade: fc.constantFrom<Grade>(1, 2, 3, 4),
      wait: waitArb,
      origin: fc.constantFrom('review' as const, 'quiz' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const), wait: waitArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forget' as const), card: fc.nat({ max: 2 }), wait: waitArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('suspend' as const), card: fc.nat({ max: 2 }), suspended: fc.boolean(), wait: waitArb }) },
);

/** Every card with progress: its stored state equals the replay of its stored grades and forgets. */
function expectStateIsReplay(state: StudyState): void {
  const options = schedulerOptionsFrom(state.settings, true);
  for (const [cardId, progress] of cardEntries(state.progress[DECK])) {
    const timeline = cardTimeline(
      logArray(state.log[DECK]).filter((entry) => entry.cardId === cardId),
      (state.manualLog[DECK] ?? []).filter((entry) => entry.cardId === cardId),
    );
    const replayed = replayCard(timeline, options);
    if (replayed === null) expect(isUntouchedNewState(progress.scheduling), cardId).toBe(true);
    else expect(progress.scheduling, cardId).toEqual(replayed);
  }
}

describe('the stored state of every card', () => {
  it('equals the replay of its stored log after any grades, undos, forgets and suspensions, also after a reload', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 30 }), (actions) => {
        const storage = createMemoryStorage();
        const store = makeStore(storage, { enableFuzz: true });
        let now = T0;
        for (const action of actions) {
          now += action.wait;
          const s = store.getState();
          if (action.kind === 'grade') s.gradeCard(DECK, CARDS[action.card], action.grade, now, 5000, action.origin);
          else if (action.kind === 'undo') undoLast(store);
          else if (action.kind === 'forget') s.resetCard(DECK, CARDS[action.card], now);
          else s.setSuspended(DECK, CARDS[action.card], action.suspended, now);
          expectStateIsReplay(store.getState());
        }
        expectStateIsReplay(makeStore(storage, { enableFuzz: true }).getState());
      }),
      { numRuns: 300 },
    );
  });
});
