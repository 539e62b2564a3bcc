// The one place sync reads and writes the store's study data: the documents this device's changes make, and this
// device's data with documents from elsewhere merged in. Everything else in sync works on documents.
//
// Merging reuses the two-tab merge (mergeStudyData) for logs, undos, forgets, quizzes and resets. Card states are not
// taken from anywhere: a card whose history changed is replayed from its merged log (card-replay.ts) with the
// merged settings, so two devices with the same reviews show the same schedule. A card's flag and suspension, and
// each setting, take the winning document (sync-ledger.ts) unless this device changed them later; a change of this
// device that loses is reported as a conflict, never dropped without a word.
import { cardEntries } from '../../domain/card-map';
import { logEntries, reviewLogOf, type LogMonth } from '../../domain/review-log';
import { cardTimeline, entriesByCard, replayCard } from '../../domain/card-replay';
import { defaultStudySettings, type CardFlag, type CardProgress, type ManualEntry, type ReviewEntry, type StudySettings } from '../../domain/progress';
import { newSchedulingState, schedulerOptionsFrom } from '../../domain/scheduler';
import { mergeStudyData } from '../data/merge-study-data';
import { own, ownIn, setOwn } from '../data/own-key';
import { compareReviewEntries, deckCardValue, emptyStudyData, impliedChangedAt, withCardValues, type StudyData } from '../data/study-data';
import {
  cardMarkDocId,
  forgetDocId,
  quizDocId,
  resetDocId,
  reviewDocId,
  settingDocId,
  SYNCED_SETTINGS,
  undoDocId,
  type CardMarkDoc,
  type CardMarkField,
  type SettingDoc,
  type SyncDoc,
  type SyncedSetting,
} from './sync-documents';
import { descendsFrom, emptyLedger, markKey, recordDoc, type SyncLedger } from './sync-ledger';

/** A change made on this device that lost to a later one from another device. */
export interface SyncConflict {
  kind: 'card' | 'setting';
  /** The card (deck and card id) or the setting. */
  deckId?: string;
  cardId?: string;
  setting?: SyncedSetting;
  /** What this device had, and what it now has, in words ("suspended, no flag"; "0.85"). */
  lost: string;
  kept: string;
  /** When and where the kept change was made. */
  keptAt: number;
  keptDevice: string;
}

type MarkValue = boolean | CardFlag | null;
const MARK_FIELDS: readonly CardMarkField[] = ['suspended', 'flag'];
const markDefault = (field: CardMarkField): MarkValue => (field === 'suspended' ? false : null);
const markOf = (progress: CardProgress | undefined, field: CardMarkField): MarkValue =>
  field === 'suspended' ? (progress?.suspended ?? false) : (progress?.flag ?? null);
const markText = (field: CardMarkField, value: MarkValue) =>
  field === 'suspended' ? (value ? 'suspended' : 'not suspended') : value ? `${String(value)} flag` : 'no flag';
/** A mark set at or before the last reset is gone with it. */
const liveMark = (mark: CardMarkDoc | undefined, resetAt: number | null) => (mark && (resetAt === null || mark.changedAt > resetAt) ? mark : undefined);

function withMark(progress: CardProgress, field: CardMarkField, value: MarkValue): CardProgress {
  if (field === 'suspended') return { ...progress, suspended: value === true };
  const { flag, ...rest } = progress;
  void flag;
  return value ? { ...rest, flag: value as CardFlag } : rest;
}

const settingValue = (settings: StudySettings, key: SyncedSetting) => settings[key] ?? null;
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const valueText = (value: unknown) => (value === null ? 'none' : JSON.stringify(value));

// ---- this device's changes as documents ---------------------------------------------------------------------

/**
 * Review ids by entry object: the log is scanned on every change, entries are immutable and shared between the
 * store's successive states, so each id is built once (200,000 of them take a noticeable moment).
 */
const reviewIds = new Map<string, WeakMap<ReviewEntry, string>>();

function cachedReviewDocId(deckId: string, entry: ReviewEntry): string {
  let ids = reviewIds.get(deckId);
  if (!ids) reviewIds.set(deckId, (ids = new WeakMap()));
  let id = ids.get(entry);
  if (id === undefined) ids.set(entry, (id = reviewDocId(deckId, entry)));
  return id;
}

/**
 * The time a change of this device is written with: its own, but after the winner it replaces. A value that differs
 * from the winner was set here after this device took the winner in (or kept because it was later), so it must win;
 * two changes within one second (the store's clock step) still get distinct, ordered documents.
 */
function laterThan(changedAt: number, winner: { changedAt: number } | undefined): number {
  return winner ? Math.max(changedAt, winner.changedAt + 1000) : changedAt;
}

/**
 * The documents this device's data holds that the ledger has not seen: new reviews, forgets, undos, quizzes, a
 * reset, and each card mark and setting that differs from the winning document (changed here since).
 */
/**
 * Months (immutable) each ledger has seen every review of: later pushes skip them, so a push after a grade reads the
 * month it changed, not years of reviews. `seen` only grows, so a month once fully seen stays so.
 */
const monthsPushed = new WeakMap<SyncLedger, WeakSet<LogMonth<ReviewEntry>>>();

export function localChanges(data: StudyData, ledger: SyncLedger, device: string): SyncDoc[] {
  const docs: SyncDoc[] = [];
  const add = (doc: SyncDoc) => {
    if (!ledger.seen.has(doc._id)) docs.push(doc);
  };
  let pushed = monthsPushed.get(ledger);
  if (!pushed) monthsPushed.set(ledger, (pushed = new WeakSet()));
  for (const [deckId, log] of Object.entries(data.log)) {
    for (const month of log.months) {
      if (pushed.has(month)) continue;
      const before = docs.length;
      for (const entry of month.entries) {
        const _id = cachedReviewDocId(deckId, entry);
        if (!ledger.seen.has(_id)) docs.push({ _id, type: 'review', deckId, entry });
      }
      if (docs.length === before) pushed.add(month);
    }
  }
  for (const [deckId, entries] of Object.entries(data.manualLog)) {
    for (const entry of entries) add({ _id: forgetDocId(deckId, entry), type: 'forget', deckId, entry });
  }
  for (const [deckId, cards] of Object.entries(data.undoneReviews)) {
    for (const [cardId, times] of Object.entries(cards)) for (const at of times) add({ _id: undoDocId(deckId, cardId, at), type: 'undo', deckId, cardId, at });
  }
  for (const [deckId, cards] of Object.entries(data.progress)) {
    for (const [cardId, progress] of cardEntries(cards)) {
      for (const field of MARK_FIELDS) {
        const value = markOf(progress, field);
        const winner = liveMark(ledger.marks.get(markKey(deckId, cardId, field)), data.progressResetAt);
        if (value === (winner ? winner.value : markDefault(field))) continue;
        const changedAt = laterThan(deckCardValue(data.cardChangedAt, deckId, cardId) ?? impliedChangedAt(progress), winner);
        const _id = cardMarkDocId(deckId, cardId, field, changedAt, device);
        add({ _id, type: 'card', deckId, cardId, field, value, changedAt, device, replaces: winner?._id ?? null });
      }
    }
  }
  if (data.settingsChangedAt !== null) {
    for (const key of SYNCED_SETTINGS) {
      const value = settingValue(data.settings, key);
      const winner = ledger.settings.get(key);
      if (sameValue(value, winner ? winner.value : settingValue(defaultStudySettings, key))) continue;
      const changedAt = laterThan(data.settingsChangedAt, winner);
      add({ _id: settingDocId(key, changedAt, device), type: 'setting', key, value, changedAt, device, replaces: winner?._id ?? null });
    }
  }
  if (data.progressResetAt !== null && data.progressResetAt > (ledger.resetAt ?? -Infinity)) {
    add({ _id: resetDocId(data.progressResetAt), type: 'reset', at: data.progressResetAt });
  }
  for (const record of data.quizHistory) add({ _id: quizDocId(record.id), type: 'quiz', record });
  return docs;
}

// ---- documents from elsewhere merged in ---------------------------------------------------------------------

export interface AppliedDocs {
  data: StudyData;
  /** This device's changes that lost to later ones. */
  conflicts: SyncConflict[];
  /** False when the documents changed nothing here (all known, or facts this device already had). */
  changed: boolean;
}

/** The documents as study data of their own: logs, undos, forgets, quizzes and the reset; no card states. */
function studyDataOfDocs(docs: readonly SyncDoc[]): StudyData {
  const data = emptyStudyData();
  const push = <T>(map: Record<string, T[]>, deckId: string, item: T) => {
    const list = own(map, deckId);
    if (list) list.push(item);
    else setOwn(map, deckId, [item]);
  };
  const reviews: Record<string, ReviewEntry[]> = {};
  for (const doc of docs) {
    if (doc.type === 'review') push(reviews, doc.deckId, doc.entry);
    else if (doc.type === 'forget') push(data.manualLog, doc.deckId, doc.entry);
    else if (doc.type === 'undo') {
      const cards = own(data.undoneReviews, doc.deckId) ?? {};
      setOwn(data.undoneReviews, doc.deckId, cards);
      setOwn(
        cards,
        doc.cardId,
        [...(own(cards, doc.cardId) ?? []), doc.at].sort((a, b) => a - b),
      );
    } else if (doc.type === 'reset') data.progressResetAt = Math.max(data.progressResetAt ?? -Infinity, doc.at);
    else if (doc.type === 'quiz') data.quizHistory.push(doc.record);
  }
  for (const [deckId, entries] of Object.entries(reviews)) setOwn(data.log, deckId, reviewLogOf(entries));
  for (const entries of Object.values(data.manualLog)) entries.sort(compareReviewEntries);
  data.quizHistory.sort((a, b) => a.finishedAt - b.finishedAt);
  return data;
}

const sameReview = (a: ReviewEntry, b: ReviewEntry) =>
  a.rating === b.rating && a.stateBefore === b.stateBefore && a.durationMs === b.durationMs && a.origin === b.origin;

/** Cards whose history the documents change here, by deck. */
function cardsWithNewHistory(local: StudyData, docs: readonly SyncDoc[]): Map<string, Set<string>> {
  const touched = new Map<string, Set<string>>();
  const touch = (deckId: string, cardId: string) => {
    let cards = touched.get(deckId);
    if (!cards) touched.set(deckId, (cards = new Set()));
    cards.add(cardId);
  };
  const reviewsHere = new Map<string, Map<string, ReviewEntry>>();
  const reviewsOf = (deckId: string) => {
    let byId = reviewsHere.get(deckId);
    if (!byId) {
      byId = new Map(logEntries(own(local.log, deckId)).map((entry) => [cachedReviewDocId(deckId, entry), entry]));
      reviewsHere.set(deckId, byId);
    }
    return byId;
  };
  for (const doc of docs) {
    if (doc.type === 'review') {
      const mine = reviewsOf(doc.deckId).get(doc._id);
      if (!mine || !sameReview(mine, doc.entry)) touch(doc.deckId, doc.entry.cardId);
    } else if (doc.type === 'forget') {
      if (!(own(local.manualLog, doc.deckId) ?? []).some((entry) => entry.cardId === doc.entry.cardId && entry.at === doc.entry.at))
        touch(doc.deckId, doc.entry.cardId);
    } else if (doc.type === 'undo') {
      if (!ownIn(local.undoneReviews, doc.deckId, doc.cardId)?.includes(doc.at)) touch(doc.deckId, doc.cardId);
    }
  }
  return touched;
}

/** A reset from elsewhere removes entries at or before it: cards of this device that had some are replayed. */
function touchCardsWithHistoryUntil(touched: Map<string, Set<string>>, local: StudyData, resetAt: number): void {
  const logs = Object.entries(local.log).map(([deckId, log]) => [deckId, logEntries(log)] as const);
  for (const byDeck of [logs, Object.entries(local.manualLog)]) {
    for (const [deckId, entries] of byDeck) {
      for (const entry of entries) {
        if (entry.at > resetAt) break;
        let cards = touched.get(deckId);
        if (!cards) touched.set(deckId, (cards = new Set()));
        cards.add(entry.cardId);
      }
    }
  }
}

interface CardUpdate {
  progress: CardProgress;
  changedAt: number;
}

/**
 * Merges `docs` (checked documents from the server) into this device's data and records them in `ledger`. Pure
 * apart from the ledger; documents the ledger has seen are skipped.
 */
export function applyRemoteDocs(local: StudyData, docs: readonly SyncDoc[], ledger: SyncLedger, enableFuzz: boolean): AppliedDocs {
  const marksBefore = new Map<string, CardMarkDoc | undefined>();
  const settingsBefore = new Map<SyncedSetting, SettingDoc | undefined>();
  const fresh: SyncDoc[] = [];
  for (const doc of docs) {
    if (ledger.seen.has(doc._id)) continue;
    if (doc.type === 'card') {
      const key = markKey(doc.deckId, doc.cardId, doc.field);
      if (!marksBefore.has(key)) marksBefore.set(key, ledger.marks.get(key));
    } else if (doc.type === 'setting' && !settingsBefore.has(doc.key)) settingsBefore.set(doc.key, ledger.settings.get(doc.key));
    recordDoc(ledger, doc);
    fresh.push(doc);
  }
  if (fresh.length === 0) return { data: local, conflicts: [], changed: false };

  const conflicts: SyncConflict[] = [];
  const touched = cardsWithNewHistory(local, fresh);
  // The documents' side first: on a review both sides hold under one id, the replicated one is the one kept.
  const merged = mergeStudyData(studyDataOfDocs(fresh), local);
  if (merged.progressResetAt !== local.progressResetAt) touchCardsWithHistoryUntil(touched, local, merged.progressResetAt!);
  // mergeStudyData builds new maps even when nothing is added; what counts is whether any fact is new here.
  let changed = touched.size > 0 || merged.quizHistory.length !== local.quizHistory.length || merged.progressResetAt !== local.progressResetAt;

  // Settings first: replays use the merged ones.
  const settings: StudySettings = { ...merged.settings };
  let settingsChangedAt = merged.settingsChangedAt;
  let settingsTaken = false;
  for (const [key, before] of settingsBefore) {
    const winner = ledger.settings.get(key)!;
    if (winner === before) continue;
    const mine = settingValue(settings, key);
    if (sameValue(mine, winner.value)) continue;
    const changedHere = !sameValue(mine, before ? before.value : settingValue(defaultStudySettings, key));
    if (changedHere && merged.settingsChangedAt !== null && merged.settingsChangedAt > winner.changedAt) continue;
    // Lost: a change of this device not yet written, or one the winner was made without knowing.
    if (changedHere || !descendsFrom(ledger, winner, before?._id ?? null))
      conflicts.push({
        kind: 'setting',
        setting: key,
        lost: valueText(mine),
        kept: valueText(winner.value),
        keptAt: winner.changedAt,
        keptDevice: winner.device,
      });
    if (winner.value === null && key !== 'examDate') delete settings[key];
    else (settings as unknown as Record<string, unknown>)[key] = winner.value;
    settingsChangedAt = Math.max(settingsChangedAt ?? -Infinity, winner.changedAt);
    settingsTaken = true;
  }
  if (settingsTaken) {
    merged.settings = settings;
    merged.settingsChangedAt = settingsChangedAt;
    changed = true;
  }

  // Cards: those with new history are replayed; those with a new winning mark take it.
  const updates = new Map<string, Map<string, CardUpdate>>();
  const kept = (time: number) => merged.progressResetAt === null || time > merged.progressResetAt;
  const options = schedulerOptionsFrom(merged.settings, enableFuzz);
  const updateOf = (deckId: string, cardId: string): CardUpdate | null => {
    const pending = updates.get(deckId)?.get(cardId);
    if (pending) return pending;
    const progress = deckCardValue(merged.progress, deckId, cardId);
    return progress ? { progress, changedAt: deckCardValue(merged.cardChangedAt, deckId, cardId) ?? impliedChangedAt(progress) } : null;
  };
  const put = (deckId: string, cardId: string, update: CardUpdate) => {
    let cards = updates.get(deckId);
    if (!cards) updates.set(deckId, (cards = new Map()));
    cards.set(cardId, update);
  };
  for (const [deckId, cardIds] of touched) {
    const reviews = entriesByCard(logEntries(own(merged.log, deckId)));
    const manual = entriesByCard<ManualEntry>(own(merged.manualLog, deckId));
    for (const cardId of cardIds) {
      const entries = cardTimeline(reviews.get(cardId) ?? [], manual.get(cardId) ?? []);
      const current = updateOf(deckId, cardId);
      const undone = ownIn(merged.undoneReviews, deckId, cardId) ?? [];
      const replayed = replayCard(entries, options);
      // No entries left (undone, or gone with a reset): the card is new, as undo or the reset leaves it.
      const scheduling = replayed ?? newSchedulingState(undone[0] ?? merged.progressResetAt ?? current?.changedAt ?? 0);
      const lastAt = Math.max(entries.at(-1)?.at ?? -Infinity, undone.at(-1) ?? -Infinity);
      if (!kept(Math.max(lastAt, current?.changedAt ?? -Infinity))) continue;
      put(deckId, cardId, {
        progress: current ? { ...current.progress, scheduling } : { scheduling, suspended: false },
        changedAt: Math.max(current?.changedAt ?? -Infinity, lastAt),
      });
    }
  }
  for (const [key, before] of marksBefore) {
    const winner = ledger.marks.get(key)!;
    if (winner === before || !kept(winner.changedAt)) continue;
    const { deckId, cardId, field } = winner;
    const current = updateOf(deckId, cardId);
    const mine = markOf(current?.progress, field);
    if (mine === winner.value) continue;
    const known = liveMark(before, merged.progressResetAt);
    const changedHere = mine !== (known ? known.value : markDefault(field));
    if (changedHere && current && current.changedAt > winner.changedAt) continue;
    if (changedHere || !descendsFrom(ledger, winner, known?._id ?? null)) {
      conflicts.push({
        kind: 'card',
        deckId,
        cardId,
        lost: markText(field, mine),
        kept: markText(field, winner.value),
        keptAt: winner.changedAt,
        keptDevice: winner.device,
      });
    }
    const progress = current?.progress ?? { scheduling: newSchedulingState(winner.changedAt), suspended: false };
    put(deckId, cardId, { progress: withMark(progress, field, winner.value), changedAt: Math.max(current?.changedAt ?? -Infinity, winner.changedAt) });
  }
  for (const [deckId, cards] of updates) {
    const entries = [...cards];
    merged.progress = withCardValues(
      merged.progress,
      deckId,
      entries.map(([cardId, update]) => [cardId, update.progress] as const),
    );
    merged.cardChangedAt = withCardValues(
      merged.cardChangedAt,
      deckId,
      entries.map(([cardId, update]) => [cardId, update.changedAt] as const),
    );
    changed = true;
  }
  return { data: changed ? merged : local, conflicts, changed };
}

// ---- what turning sync on would do -------------------------------------------------------------------------

export interface SyncPreview {
  reviewsHere: number;
  reviewsOnServer: number;
  /** Reviews of the server this device does not have: merged in. */
  reviewsToAdd: number;
  /** Reviews of this device the server does not have: sent. */
  reviewsToSend: number;
  /** Cards whose schedule is rebuilt from the merged reviews, or whose flag or suspension changes. */
  cardsChanged: number;
  quizzesToAdd: number;
  /** Settings whose value here changes (a later change on another device). */
  settingsChanged: SyncedSetting[];
}

const countEntries = (logs: StudyData['log']) => Object.values(logs).reduce((total, log) => total + log.size, 0);

/** What merging the server's documents into this device's data would change, and what this device would send. */
export function previewSync(local: StudyData, serverDocs: readonly SyncDoc[], enableFuzz: boolean): SyncPreview {
  const ledger = emptyLedger();
  const { data } = applyRemoteDocs(local, serverDocs, ledger, enableFuzz);
  let cardsChanged = 0;
  for (const [deckId, cards] of Object.entries(data.progress)) {
    for (const [cardId, progress] of cardEntries(cards)) if (deckCardValue(local.progress, deckId, cardId) !== progress) cardsChanged += 1;
  }
  const serverIds = new Set(serverDocs.map((doc) => doc._id));
  return {
    reviewsHere: countEntries(local.log),
    reviewsOnServer: serverDocs.filter((doc) => doc.type === 'review').length,
    reviewsToAdd: Math.max(0, countEntries(data.log) - countEntries(local.log)),
    reviewsToSend: localChanges(local, emptyLedger(), 'preview').filter((doc) => doc.type === 'review' && !serverIds.has(doc._id)).length,
    cardsChanged,
    quizzesToAdd: data.quizHistory.length - local.quizHistory.length,
    settingsChanged: SYNCED_SETTINGS.filter((key) => !sameValue(settingValue(local.settings, key), settingValue(data.settings, key))),
  };
}
