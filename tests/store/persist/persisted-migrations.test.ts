import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultStudySettings } from '../../../src/domain/progress';
import { decodeStudyData, encodeStudyData, type PersistedStudyData } from '../../../src/store/persist/persisted-codec';
import {
  CURRENT_STORE_VERSION,
  migratePersisted,
  migratePlainJsonToCompactCodec,
  StoreVersions,
} from '../../../src/store/persist/persisted-migrations';
import { PersistedStudyDataV1Schema, PersistedStudyDataV2Schema } from '../../../src/store/persist/persisted-schemas';
import { CASE_STUDIES, DECK, ETCD, KUBELET, KUBELET_REVERSE, makeStore, POD, readStoredFixture, storageWith, storedEnvelope } from '../store-test-kit';

const v1Fixture = JSON.parse(readStoredFixture('v1-plain-json.json'));
const v1State = v.parse(PersistedStudyDataV1Schema, v1Fixture.state);
const v2Fixture = JSON.parse(readStoredFixture('v2-compact-codec.json'));

describe('store versions', () => {
  it('are named, one step apart, the current one last', () => {
    expect(StoreVersions).toEqual({ PlainJson: 1, CompactCodec: 2 });
    expect(CURRENT_STORE_VERSION).toBe(StoreVersions.CompactCodec);
    expect(v1Fixture.version).toBe(StoreVersions.PlainJson);
    expect(v2Fixture.version).toBe(StoreVersions.CompactCodec);
  });
});

describe('v1 plain JSON → v2 compact codec', () => {
  const migrated = decodeStudyData(migratePlainJsonToCompactCodec(v1State));
  const v1Progress = v1Fixture.state.progress[DECK];
  const v1Log = v1Fixture.state.log[DECK];

  it('keeps every card state exactly, orphans included', () => {
    expect(migrated.progress).toEqual(v1Fixture.state.progress);
    expect(migrated.progress[DECK][CASE_STUDIES]).toEqual(v1Progress[CASE_STUDIES]);
    expect(migrated.progress[DECK][POD].suspended).toBe(true);
  });

  it('keeps every review, with durations capped at 60 s and rounded to whole seconds', () => {
    expect(migrated.log[DECK]).toHaveLength(v1Log.length);
    expect(migrated.log[DECK].map(({ durationMs: _d, ...entry }) => entry)).toEqual(
      v1Log.map(({ durationMs: _d, ...entry }: { durationMs: number }) => entry),
    );
    // The fixture's durations, in log order: 14 s, 6 s, 8 s, 3.2 s, 4.5 s, 9 s, 95 s, 21 s, 30 s, 12 s.
    expect(v1Log.map((entry: { durationMs: number }) => entry.durationMs)).toEqual([14_000, 6_000, 8_000, 3_200, 4_500, 9_000, 95_000, 21_000, 30_000, 12_000]);
    expect(migrated.log[DECK].map((entry) => entry.durationMs)).toEqual([14_000, 6_000, 8_000, 3_000, 5_000, 9_000, 60_000, 21_000, 30_000, 12_000]);
  });

  it('dates each card\'s last change at its last review (or creation), with no undo history or reset', () => {
    expect(migrated.cardChangedAt[DECK][KUBELET]).toBe(v1Progress[KUBELET].scheduling.lastReview);
    expect(Object.keys(migrated.cardChangedAt[DECK]).sort()).toEqual(Object.keys(v1Progress).sort());
    expect(migrated.undoneReviews).toEqual({});
    expect(migrated.progressResetAt).toBeNull();
  });

  it('keeps the saved settings (defaults for a field the old data lacks) and counts them as chosen', () => {
    expect(v1Fixture.state.settings.studyReverseCards).toBeUndefined();
    expect(migrated.settings).toEqual({ ...v1Fixture.state.settings, studyReverseCards: defaultStudySettings.studyReverseCards });
    expect(migrated.settingsChangedAt).toBe(0);
    expect(migrated.quizHistory.map((record) => record.id)).toEqual(['kubernetes:1791138600000']);
  });

  it('gives valid current-version data through migratePersisted', () => {
    const result = migratePersisted(v1State, StoreVersions.PlainJson);
    expect(v.safeParse(PersistedStudyDataV2Schema, result).success).toBe(true);
    expect(decodeStudyData(result)).toEqual(migrated);
  });

  it('runs when a store opens storage holding v1 data, and rewrites it as v2', () => {
    const storage = storageWith(readStoredFixture('v1-plain-json.json'));
    const store = makeStore(storage);
    expect(store.getState().progress).toEqual(migrated.progress);
    expect(store.getState().log).toEqual(migrated.log);
    expect(store.getState().session.storageIssue).toBeNull();
    expect(storedEnvelope(storage).version).toBe(StoreVersions.CompactCodec);
    expect(makeStore(storage).getState().progress).toEqual(migrated.progress);
  });
});

describe('the v2 compact codec fixture', () => {
  const decoded = decodeStudyData(v.parse(PersistedStudyDataV2Schema, v2Fixture.state));

  it('decodes to the state it was saved from', () => {
    const cards = decoded.progress[DECK];
    expect(Object.keys(cards).sort()).toEqual([
      'container-orchestration/definition/container-orchestrator',
      ETCD,
      KUBELET,
      KUBELET_REVERSE,
      POD,
      CASE_STUDIES,
    ].sort());
    // Undone Good on the reverse card: its review is gone, remembered as undone, and the undo is its latest change.
    const undoneAt = Date.UTC(2026, 9, 5, 8, 1, 5);
    expect(decoded.undoneReviews[DECK][KUBELET_REVERSE]).toEqual([undoneAt]);
    expect(decoded.log[DECK].some((entry) => entry.cardId === KUBELET_REVERSE && entry.at === undoneAt)).toBe(false);
    expect(decoded.cardChangedAt[DECK][KUBELET_REVERSE]).toBe(undoneAt + 1000);
    // Unsuspended later than its last review, and a time with milliseconds kept exactly.
    expect(cards[POD].suspended).toBe(false);
    expect(decoded.cardChangedAt[DECK][POD]).toBe(Date.UTC(2026, 9, 5, 8, 3, 0));
    expect(cards[POD].scheduling.lastReview).toBe(Date.UTC(2026, 9, 1, 9, 4, 2, 517));
    expect(decoded.log[DECK].find((entry) => entry.cardId === ETCD)?.origin).toBe('quiz');
    expect(decoded.settings.reviewsPerDay).toBe(150);
  });

  it('encodes back to the same text, so the stored format does not drift unnoticed', () => {
    expect(JSON.stringify(encodeStudyData(decoded))).toBe(JSON.stringify(v2Fixture.state as PersistedStudyData));
  });

  it('needs no migration step', () => {
    expect(migratePersisted(v2Fixture.state, StoreVersions.CompactCodec)).toBe(v2Fixture.state);
  });
});
