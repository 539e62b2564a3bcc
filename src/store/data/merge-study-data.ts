// Merging this tab's data with what another tab stored, so that no grade is lost when both grade:
// - each card keeps its later change (a grade's time is its review time; undo, suspend and reset record theirs);
// - review logs are united (deduped on card id + time), minus reviews removed by undo in either tab; so are the logs
//   of manual changes (forget), which nothing removes;
// - a "reset all progress" in either tab removes everything changed at or before it;
// - settings: the later change wins; quiz history: united by record id;
// - each deck's quiz in progress: the later change wins (a discard too), and a quiz either side finished is over.
// When both sides changed one card in the same second, the stored (incoming) side wins.
import type { CardProgress, ManualEntry, ReviewEntry } from '../../domain/progress';
import type { QuizRecord } from '../../domain/quiz-record';
import { compareReviewEntries, impliedChangedAt, sameCardProgress, type QuizSessionSlot, type StudyData } from './study-data';
import { own, setOwn } from './own-key';
import { CARD_MAP_SHARDS, cardMapOfShards, cardShard, type CardMap } from '../../domain/card-map';
import { emptyReviewLog, monthOf, monthSize, monthStart, sameLogMonth, type LogMonth, type ReviewLog } from '../../domain/review-log';

type Kept = (time: number) => boolean;

function laterOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function sameItems<T>(a: readonly T[], b: readonly T[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((item, index) => item === b[index]);
}

function changeTimeOf(progress: CardProgress, changedAt: Record<string, number> | undefined, cardId: string): number {
  return own(changedAt, cardId) ?? impliedChangedAt(progress);
}

interface MergedCards {
  progress: Record<string, CardProgress>;
  changedAt: Record<string, number>;
}

function mergeCards(
  local: Record<string, CardProgress> = {},
  localChangedAt: Record<string, number> | undefined,
  incoming: Record<string, CardProgress> = {},
  incomingChangedAt: Record<string, number> | undefined,
  kept: Kept,
): MergedCards {
  const progress: Record<string, CardProgress> = {};
  const changedAt: Record<string, number> = {};
  let sameAsLocal = true;
  let sameAsIncoming = true;
  for (const cardId of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const mine = own(local, cardId);
    const theirs = own(incoming, cardId);
    const mineAt = mine ? changeTimeOf(mine, localChangedAt, cardId) : -Infinity;
    const theirsAt = theirs ? changeTimeOf(theirs, incomingChangedAt, cardId) : -Infinity;
    // On a tie with equal content, this tab's object is kept (same data, no re-render).
    const takeMine = mine !== undefined && (mineAt > theirsAt || (mineAt === theirsAt && theirs !== undefined && sameCardProgress(mine, theirs)));
    const at = takeMine ? mineAt : theirsAt;
    const picked = takeMine ? mine : theirs;
    if (picked === undefined || !kept(at)) {
      if (mine !== undefined) sameAsLocal = false;
      if (theirs !== undefined) sameAsIncoming = false;
      continue;
    }
    if (picked !== mine || own(localChangedAt, cardId) !== at) sameAsLocal = false;
    if (picked !== theirs || own(incomingChangedAt, cardId) !== at) sameAsIncoming = false;
    setOwn(progress, cardId, picked);
    setOwn(changedAt, cardId, at);
  }
  // Reusing unchanged objects spares re-renders and re-encoding.
  if (sameAsLocal && localChangedAt) return { progress: local, changedAt: localChangedAt };
  if (sameAsIncoming && incomingChangedAt) return { progress: incoming, changedAt: incomingChangedAt };
  return { progress, changedAt };
}

/**
 * Merges two decks' cards shard by shard (shard `i` of both maps holds the same ids): a shard the same on both
 * sides is taken as it is, and a deck the same as this tab's keeps this tab's maps.
 */
function mergeCardMaps(
  local: CardMap<CardProgress> | undefined,
  localChangedAt: CardMap<number> | undefined,
  incoming: CardMap<CardProgress> | undefined,
  incomingChangedAt: CardMap<number> | undefined,
  kept: Kept,
): { progress: CardMap<CardProgress>; changedAt: CardMap<number> } {
  const shards: MergedCards[] = [];
  let sameAsLocal = local !== undefined && localChangedAt !== undefined;
  for (let index = 0; index < CARD_MAP_SHARDS; index += 1) {
    const mine = cardShard(local, index);
    const mineAt = cardShard(localChangedAt, index);
    const theirs = cardShard(incoming, index);
    const theirsAt = cardShard(incomingChangedAt, index);
    const merged =
      mine === theirs && mineAt === theirsAt && Object.values(mineAt).every(kept)
        ? { progress: mine, changedAt: mineAt }
        : mergeCards(mine, mineAt, theirs, theirsAt, kept);
    if (merged.progress !== mine || merged.changedAt !== mineAt) sameAsLocal = false;
    shards.push(merged);
  }
  if (sameAsLocal) return { progress: local!, changedAt: localChangedAt! };
  return { progress: cardMapOfShards((index) => shards[index].progress), changedAt: cardMapOfShards((index) => shards[index].changedAt) };
}

function mergeUndone(local: Record<string, number[]> = {}, incoming: Record<string, number[]> = {}, kept: Kept): Record<string, number[]> {
  const merged: Record<string, number[]> = {};
  for (const cardId of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const times = [...new Set([...(own(local, cardId) ?? []), ...(own(incoming, cardId) ?? [])])].filter(kept).sort((a, b) => a - b);
    if (times.length > 0) setOwn(merged, cardId, times);
  }
  return merged;
}

/**
 * Both lists are in canonical order (time, then card id), so a single pass unites them; an entry in both (same card
 * and time) is kept once, and only the `wanted` ones are. Either side's own array is returned when it is the result.
 */
function mergeSorted<T extends Pick<ReviewEntry, 'at' | 'cardId'>>(local: readonly T[], incoming: readonly T[], wanted: (entry: T) => boolean): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < local.length || j < incoming.length) {
    const order = i >= local.length ? 1 : j >= incoming.length ? -1 : compareReviewEntries(local[i], incoming[j]);
    const entry = order <= 0 ? local[i] : incoming[j];
    if (order <= 0) i += 1;
    if (order >= 0) j += 1;
    if (wanted(entry)) merged.push(entry);
  }
  if (sameItems(merged, local)) return local as T[];
  return sameItems(merged, incoming) ? (incoming as T[]) : merged;
}

/** Reviews of both sides, minus those undone in either. */
function mergeLogs(local: readonly ReviewEntry[] = [], incoming: readonly ReviewEntry[] = [], undone: Record<string, number[]>, kept: Kept): ReviewEntry[] {
  const removed = new Map(Object.entries(undone).map(([cardId, times]) => [cardId, new Set(times)]));
  return mergeSorted(local, incoming, (entry) => kept(entry.at) && !removed.get(entry.cardId)?.has(entry.at));
}

/**
 * Two review logs merged month by month (mergeLogs). A month neither an undo nor a reset reaches, and that both sides
 * hold alike (the same object, or read from the same stored texts) or only one side holds, is kept without reading
 * its entries: merging another tab's save reads only the months that differ, not years of reviews.
 */
function mergeReviewLogs(
  local: ReviewLog<ReviewEntry> | undefined,
  incoming: ReviewLog<ReviewEntry> | undefined,
  undone: Record<string, number[]>,
  resetAt: number | null,
  kept: Kept,
): ReviewLog<ReviewEntry> | undefined {
  if (!incoming || incoming.size === 0) {
    if (!local || (resetAt === null && Object.keys(undone).length === 0)) return local;
  }
  const touched = new Set<number>();
  for (const times of Object.values(undone)) for (const at of times) touched.add(monthOf(at));
  const mine = new Map((local?.months ?? []).map((month) => [month.month, month]));
  const theirs = new Map((incoming?.months ?? []).map((month) => [month.month, month]));
  const months: LogMonth<ReviewEntry>[] = [];
  let size = 0;
  let sameAsLocal = true;
  for (const month of [...new Set([...mine.keys(), ...theirs.keys()])].sort((a, b) => a - b)) {
    const a = mine.get(month);
    const b = theirs.get(month);
    const whole = !touched.has(month) && (resetAt === null || monthStart(month) > resetAt);
    let merged: LogMonth<ReviewEntry> | undefined;
    if (whole && (b === undefined || sameLogMonth(a, b))) merged = a;
    else if (whole && a === undefined) merged = b;
    else {
      const entries = mergeLogs(a?.entries, b?.entries, undone, kept);
      merged = entries === a?.entries ? a : entries.length > 0 ? { month, entries } : undefined;
    }
    if (merged !== a) sameAsLocal = false;
    if (!merged) continue;
    months.push(merged);
    size += monthSize(merged);
  }
  if (sameAsLocal) return local;
  return months.length === 0 ? emptyReviewLog() : { months, size };
}

/** Manual entries are never removed, so merging them is a union. */
function mergeManualLogs(local: readonly ManualEntry[] = [], incoming: readonly ManualEntry[] = [], kept: Kept): ManualEntry[] {
  return mergeSorted(local, incoming, (entry) => kept(entry.at));
}

function mergeQuizHistory(local: readonly QuizRecord[], incoming: readonly QuizRecord[], kept: Kept): QuizRecord[] {
  const byId = new Map<string, QuizRecord>();
  // Same id, different content cannot happen in practice; the stored side wins, as for cards.
  for (const record of [...incoming, ...local]) if (!byId.has(record.id) && kept(record.finishedAt)) byId.set(record.id, record);
  const merged = [...byId.values()].sort((a, b) => a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sameItems(merged, local) ? (local as QuizRecord[]) : merged;
}

function mergeQuizSessions(
  local: Record<string, QuizSessionSlot>,
  incoming: Record<string, QuizSessionSlot>,
  history: readonly QuizRecord[],
  kept: Kept,
): Record<string, QuizSessionSlot> {
  const finished = new Set(history.map((record) => record.id));
  const merged: Record<string, QuizSessionSlot> = {};
  let sameAsLocal = true;
  for (const deckId of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    const mine = own(local, deckId);
    const theirs = own(incoming, deckId);
    // On a tie the stored (incoming) side wins, as for cards.
    let slot = mine && (!theirs || mine.changedAt > theirs.changedAt) ? mine : theirs!;
    if (!kept(slot.changedAt)) {
      sameAsLocal = false;
      continue;
    }
    if (slot.running && finished.has(slot.running.quiz.id)) slot = { changedAt: slot.changedAt, running: null };
    if (slot !== mine) sameAsLocal = false;
    setOwn(merged, deckId, slot);
  }
  return sameAsLocal ? local : merged;
}

function deckIdsOf(...data: StudyData[]): Set<string> {
  const ids = new Set<string>();
  for (const d of data) for (const map of [d.progress, d.log, d.manualLog, d.undoneReviews]) for (const id of Object.keys(map)) ids.add(id);
  return ids;
}

export function mergeStudyData(local: StudyData, incoming: StudyData): StudyData {
  const resetAt = laterOf(local.progressResetAt, incoming.progressResetAt);
  const kept: Kept = (time) => resetAt === null || time > resetAt;
  const merged: StudyData = {
    progress: {},
    log: {},
    manualLog: {},
    cardChangedAt: {},
    undoneReviews: {},
    progressResetAt: resetAt,
    settings: local.settings,
    settingsChangedAt: local.settingsChangedAt,
    quizHistory: mergeQuizHistory(local.quizHistory, incoming.quizHistory, kept),
    quizSessions: {},
  };
  merged.quizSessions = mergeQuizSessions(local.quizSessions, incoming.quizSessions, merged.quizHistory, kept);
  if ((incoming.settingsChangedAt ?? -Infinity) >= (local.settingsChangedAt ?? -Infinity)) {
    merged.settings = incoming.settings;
    merged.settingsChangedAt = incoming.settingsChangedAt;
  }
  for (const deckId of deckIdsOf(local, incoming)) {
    const cards = mergeCardMaps(
      own(local.progress, deckId),
      own(local.cardChangedAt, deckId),
      own(incoming.progress, deckId),
      own(incoming.cardChangedAt, deckId),
      kept,
    );
    const undone = mergeUndone(own(local.undoneReviews, deckId), own(incoming.undoneReviews, deckId), kept);
    const log = mergeReviewLogs(own(local.log, deckId), own(incoming.log, deckId), undone, resetAt, kept);
    const manual = mergeManualLogs(own(local.manualLog, deckId), own(incoming.manualLog, deckId), kept);
    // A deck appears in a map only when it has something there.
    if (cards.progress.size > 0) {
      setOwn(merged.progress, deckId, cards.progress);
      setOwn(merged.cardChangedAt, deckId, cards.changedAt);
    }
    if (log && log.size > 0) setOwn(merged.log, deckId, log);
    if (manual.length > 0) setOwn(merged.manualLog, deckId, manual);
    if (Object.keys(undone).length > 0) setOwn(merged.undoneReviews, deckId, undone);
  }
  return merged;
}
