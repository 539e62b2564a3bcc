// Two devices study the same deck with the real store (fuzz on, as in the app) and sync through a server that keeps
// one document per id (as CouchDB does: the first write of an id is the one replicated). For any interleaving of
// grades, undos, forgets, suspensions, flags, settings changes, resets of all progress and sync points, once both have synced the review logs
// are equal and every card's state is equal on both sides — and equal to the replay of its merged log.
import { cardEntries } from '../../../src/domain/card-map';
import { logArray } from '../../study-data-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUntouchedNewState } from '../../../src/domain/card-replay';
import type { CardFlag, Grade } from '../../../src/domain/progress';
import { changeCards } from '../../../src/store/card-changes';
import { studyDataOf, type StudyData } from '../../../src/store/data/study-data';
import type { StudyStore } from '../../../src/store/create-study-store';
import type { SyncDoc } from '../../../src/store/sync/sync-documents';
import { emptyLedger, recordDoc, type SyncLedger } from '../../../src/store/sync/sync-ledger';
import { applyRemoteDocs, localChanges } from '../../../src/store/sync/sync-study-data';
import { DAY, DECK, ETCD, expectStatesAreReplays, KUBELET, makeStore, MINUTE, POD, T0, undoLast } from '../store-test-kit';

const CARDS = [KUBELET, POD, ETCD];

interface Device {
  id: string;
  store: StudyStore;
  ledger: SyncLedger;
  now: number;
}

type Server = Map<string, SyncDoc>;

function apply(device: Device, docs: readonly SyncDoc[]): void {
  const result = applyRemoteDocs(studyDataOf(device.store.getState()), docs, device.ledger, true);
  if (result.changed) device.store.setState(result.data);
}

/** Pushes this device's changes (an id the server has already is not overwritten: its document comes back), then pulls. */
function sync(device: Device, server: Server): void {
  const taken: SyncDoc[] = [];
  for (const doc of localChanges(studyDataOf(device.store.getState()), device.ledger, device.id)) {
    const there = server.get(doc._id);
    if (there) taken.push(there);
    else {
      server.set(doc._id, doc);
      recordDoc(device.ledger, doc);
    }
  }
  apply(device, [...taken, ...server.values()]);
}

type Action =
  | { kind: 'grade'; device: number; card: number; grade: Grade; wait: number }
  | { kind: 'undo'; device: number }
  | { kind: 'forget'; device: number; card: number; wait: number }
  | { kind: 'suspend'; device: number; card: number; suspended: boolean; wait: number }
  | { kind: 'flag'; device: number; card: number; flag: CardFlag | null; wait: number }
  | { kind: 'setting'; device: number; newCardsPerDay: number; examDay: number | null; wait: number }
  | { kind: 'reset'; device: number; wait: number }
  | { kind: 'sync'; device: number };

const deviceArb = fc.nat({ max: 1 });
const cardArb = fc.nat({ max: CARDS.length - 1 });
const waitArb = fc.oneof(fc.integer({ min: 0, max: 10 * MINUTE }), fc.integer({ min: 0, max: 20 * DAY }));
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant('grade' as const), device: deviceArb, card: cardArb, grade: fc.constantFrom<Grade>(1, 2, 3, 4), wait: waitArb }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), device: deviceArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forget' as const), device: deviceArb, card: cardArb, wait: waitArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('suspend' as const), device: deviceArb, card: cardArb, suspended: fc.boolean(), wait: waitArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('flag' as const),
      device: deviceArb,
      card: cardArb,
      flag: fc.constantFrom<CardFlag | null>('red', 'blue', null),
      wait: waitArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setting' as const),
      device: deviceArb,
      newCardsPerDay: fc.integer({ min: 0, max: 50 }),
      examDay: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }),
      wait: waitArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), device: deviceArb, wait: waitArb }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), device: deviceArb }) },
);

function run(device: Device, action: Action): void {
  const state = device.store.getState();
  if ('wait' in action) device.now += action.wait;
  const card = 'card' in action ? CARDS[action.card] : '';
  if (action.kind === 'grade') state.gradeCard(DECK, card, action.grade, device.now, 4000);
  else if (action.kind === 'undo') undoLast(device.store);
  else if (action.kind === 'forget') state.resetCard(DECK, card, device.now);
  else if (action.kind === 'suspend') state.setSuspended(DECK, card, action.suspended, device.now);
  else if (action.kind === 'flag') changeCards(device.store, DECK, [card], { kind: 'flag', flag: action.flag }, device.now);
  else if (action.kind === 'reset') state.resetAllProgress(device.now);
  else if (action.kind === 'setting') {
    const examDate = action.examDay === null ? null : Date.UTC(2027, 0, action.examDay);
    state.updateSettings({ newCardsPerDay: action.newCardsPerDay, examDate }, device.now);
  }
}

/** What both devices must agree on: logs, every card's mark and state (a new card's creation time aside), settings. */
function comparable(data: StudyData) {
  const cards = cardEntries(data.progress[DECK])
    .map(([cardId, progress]) => ({
      cardId,
      suspended: progress.suspended,
      flag: progress.flag ?? null,
      scheduling: isUntouchedNewState(progress.scheduling) ? 'new' : progress.scheduling,
    }))
    .filter((card) => card.suspended || card.flag !== null || card.scheduling !== 'new')
    .sort((a, b) => (a.cardId < b.cardId ? -1 : 1));
  const { theme, ...settings } = data.settings;
  void theme;
  return {
    log: Object.fromEntries(Object.entries(data.log).map(([deckId, log]) => [deckId, logArray(log)])),
    manualLog: data.manualLog,
    undone: data.undoneReviews,
    cards,
    settings,
  };
}

describe('two devices syncing through one server', () => {
  it('end with equal logs, equal card states (the replay of the merged log) and equal settings', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(actionArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 3 * DAY }), (actions, offset) => {
        const server: Server = new Map();
        const devices: Device[] = [
          { id: 'laptop', store: makeStore(undefined, { enableFuzz: true }), ledger: emptyLedger(), now: T0 },
          { id: 'phone', store: makeStore(undefined, { enableFuzz: true }), ledger: emptyLedger(), now: T0 + offset },
        ];
        for (const action of actions) {
          const device = devices[action.device];
          if (action.kind === 'sync') sync(device, server);
          else run(device, action);
        }
        for (let round = 0; round < 3; round += 1) for (const device of devices) sync(device, server);
        const [laptop, phone] = devices.map((device) => studyDataOf(device.store.getState()));
        expect(comparable(phone)).toEqual(comparable(laptop));
        expectStatesAreReplays(laptop);
        expectStatesAreReplays(phone);
        const reviews = (data: StudyData) => data.log[DECK]?.size ?? 0;
        expect(reviews(laptop)).toBe(reviews(phone));
      }),
      { numRuns: 500, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true },
    );
  });
});
