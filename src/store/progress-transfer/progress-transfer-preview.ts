// What importing a progress file would change, for the preview before the learner chooses merge or replace.
// Pure: both outcomes are computed with applyImport and compared with the current data.
import type { Deck } from '../../domain/deck';
import type { StudySettings } from '../../domain/progress';
import { buildReviewQueue } from '../../domain/review-queue';
import { applyImport, type ImportMode } from './progress-transfer';
import { sameCardProgress, type StudyData } from '../data/study-data';
import { own } from '../data/own-key';
import { cardEntries, cardIds, cardValue, emptyCardMap } from '../../domain/card-map';
import { emptyReviewLog, logEntries } from '../../domain/review-log';

/** How the file's cards with progress compare with this browser's. */
export interface CardComparison {
  /** Cards with progress in the file and none here. */
  newToBrowser: number;
  /** Cards with progress on both sides that differ. */
  changed: number;
  /** Cards with the same progress on both sides. */
  unchanged: number;
}

export interface DeckInFile {
  deckId: string;
  /** The deck's title when this browser has the deck; null for progress of a deck it does not have. */
  title: string | null;
  /** True for the deck being studied (whose counts the preview shows). */
  active: boolean;
  cards: CardComparison;
  reviews: number;
}

/** The deck's queue today: learning and review cards due now, new cards that may still be introduced. */
export interface DueCounts {
  learning: number;
  review: number;
  new: number;
}

/** What one mode would do to this browser's data. */
export interface ImportOutcome {
  cardsAdded: number;
  cardsUpdated: number;
  /** Cards whose progress would be gone (replace only). */
  cardsRemoved: number;
  reviewsAdded: number;
  reviewsRemoved: number;
  quizzesAdded: number;
  quizzesRemoved: number;
  /** Settings whose value would change. */
  settingsChanged: (keyof StudySettings)[];
  due: DueCounts;
}

export interface SettingDifference {
  key: keyof StudySettings;
  current: StudySettings[keyof StudySettings];
  incoming: StudySettings[keyof StudySettings];
}

export interface ImportPreview {
  decks: DeckInFile[];
  /** Over all decks in the file. */
  cards: CardComparison;
  reviewsInFile: number;
  /** Reviews in the file that this browser has not logged. */
  reviewsNew: number;
  quizzesInFile: number;
  /** Quizzes in the file that this browser does not have. */
  quizzesNew: number;
  /** Settings in the file that differ from this browser's. */
  settings: SettingDifference[];
  /** This app's deck now. */
  dueBefore: DueCounts;
  outcomes: Record<ImportMode, ImportOutcome>;
}

type CardKey = string;

const keyOf = (...parts: (string | number)[]): CardKey => parts.join('\u0000');

function cardKeys(data: StudyData): Set<CardKey> {
  const keys = new Set<CardKey>();
  for (const [deckId, cards] of Object.entries(data.progress)) for (const cardId of cardIds(cards)) keys.add(keyOf(deckId, cardId));
  return keys;
}

function reviewKeys(data: StudyData): Set<CardKey> {
  const keys = new Set<CardKey>();
  for (const [deckId, log] of Object.entries(data.log)) for (const entry of logEntries(log)) keys.add(keyOf(deckId, entry.cardId, entry.at));
  return keys;
}

function countMissing<T>(items: Iterable<T>, present: ReadonlySet<T>): number {
  let missing = 0;
  for (const item of items) if (!present.has(item)) missing += 1;
  return missing;
}

function compareCards(current: StudyData, incoming: StudyData, deckId: string): CardComparison {
  const comparison: CardComparison = { newToBrowser: 0, changed: 0, unchanged: 0 };
  const here = own(current.progress, deckId);
  for (const [cardId, progress] of cardEntries(own(incoming.progress, deckId))) {
    const mine = cardValue(here, cardId);
    if (!mine) comparison.newToBrowser += 1;
    else if (sameCardProgress(mine, progress)) comparison.unchanged += 1;
    else comparison.changed += 1;
  }
  return comparison;
}

function addComparisons(a: CardComparison, b: CardComparison): CardComparison {
  return { newToBrowser: a.newToBrowser + b.newToBrowser, changed: a.changed + b.changed, unchanged: a.unchanged + b.unchanged };
}

function settingDifferences(current: StudySettings, incoming: StudySettings): SettingDifference[] {
  // Trained FSRS parameters are lists, and either side may have none: compare keys of both, values as JSON.
  const keys = [...new Set([...Object.keys(current), ...Object.keys(incoming)])] as (keyof StudySettings)[];
  return keys
    .filter((key) => JSON.stringify(current[key]) !== JSON.stringify(incoming[key]))
    .map((key) => ({ key, current: current[key], incoming: incoming[key] }));
}

export function dueCountsOf(data: StudyData, deck: Deck, now: number): DueCounts {
  const { counts } = buildReviewQueue({
    cards: deck.cards,
    progress: own(data.progress, deck.id) ?? emptyCardMap(),
    log: own(data.log, deck.id) ?? emptyReviewLog(),
    settings: data.settings,
    now,
    scope: { kind: 'deck' },
  });
  return { learning: counts.learning, review: counts.review, new: counts.new };
}

function outcomeOf(current: StudyData, result: StudyData, deck: Deck, now: number): ImportOutcome {
  const before = cardKeys(current);
  const after = cardKeys(result);
  let cardsUpdated = 0;
  for (const [deckId, cards] of Object.entries(result.progress)) {
    for (const [cardId, progress] of cardEntries(cards)) {
      const mine = cardValue(own(current.progress, deckId), cardId);
      if (mine && !sameCardProgress(mine, progress)) cardsUpdated += 1;
    }
  }
  const reviewsBefore = reviewKeys(current);
  const reviewsAfter = reviewKeys(result);
  const quizzesBefore = new Set(current.quizHistory.map((record) => record.id));
  const quizzesAfter = new Set(result.quizHistory.map((record) => record.id));
  return {
    cardsAdded: countMissing(after, before),
    cardsUpdated,
    cardsRemoved: countMissing(before, after),
    reviewsAdded: countMissing(reviewsAfter, reviewsBefore),
    reviewsRemoved: countMissing(reviewsBefore, reviewsAfter),
    quizzesAdded: countMissing(quizzesAfter, quizzesBefore),
    quizzesRemoved: countMissing(quizzesBefore, quizzesAfter),
    settingsChanged: settingDifferences(current.settings, result.settings).map((difference) => difference.key),
    due: dueCountsOf(result, deck, now),
  };
}

function deckIdsOf(data: StudyData): string[] {
  return [...new Set([...Object.keys(data.progress), ...Object.keys(data.log)])].sort();
}

/**
 * What the file holds compared with this browser, and what merge and replace would each do. `deck` is the deck being
 * studied; `titles` names the other decks this browser has (imported ones).
 */
export function previewImport(
  current: StudyData,
  incoming: StudyData,
  deck: Deck,
  now: number,
  titles: ReadonlyMap<string, string> = new Map(),
): ImportPreview {
  const decks = deckIdsOf(incoming).map((deckId): DeckInFile => ({
    deckId,
    title: deckId === deck.id ? deck.title : (titles.get(deckId) ?? null),
    active: deckId === deck.id,
    cards: compareCards(current, incoming, deckId),
    reviews: own(incoming.log, deckId)?.size ?? 0,
  }));
  const currentQuizzes = new Set(current.quizHistory.map((record) => record.id));
  return {
    decks,
    cards: decks.reduce((total, item) => addComparisons(total, item.cards), { newToBrowser: 0, changed: 0, unchanged: 0 }),
    reviewsInFile: decks.reduce((total, item) => total + item.reviews, 0),
    reviewsNew: countMissing(reviewKeys(incoming), reviewKeys(current)),
    quizzesInFile: incoming.quizHistory.length,
    quizzesNew: incoming.quizHistory.filter((record) => !currentQuizzes.has(record.id)).length,
    settings: settingDifferences(current.settings, incoming.settings),
    dueBefore: dueCountsOf(current, deck, now),
    outcomes: {
      merge: outcomeOf(current, applyImport(current, incoming, 'merge'), deck, now),
      replace: outcomeOf(current, applyImport(current, incoming, 'replace'), deck, now),
    },
  };
}
