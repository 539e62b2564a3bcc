// Weak topics: the sections the learner most needs to go back to, each with its reasons as data the screen can
// phrase ("41% predicted recall", "3 lapses", "missed in 2 quizzes this week", "confused with Kube-proxy twice")
// and its weakest cards (for "review these now" and "quiz me on these"); and the pairs of notes most often confused.
//
// Weakness score of a section (higher is weaker), in points anyone can recompute:
//   10 × (1 − average predicted recall of its studied cards)   every 10 points of recall below 100% is a point
// + lapses of its cards ÷ its studied cards                     a lapse per studied card on average is a point
// + recent quiz misses of its cards                             each (card, quiz) miss in the quiz window is a point
// + recent confusions of its cards                              each time one was taken for another card, a point
// A card's score is the same with its own recall, lapses, misses and confusions. A section is weak when it has a
// reason: recall below the target, a lapse, a recent quiz miss or a recent confusion; a section with no studied
// card is not weak but "not started" (its recall is unknown).
import { logEntriesSince } from './review-log';
import { cardValue } from './card-map';
import type { Card, Deck } from './deck';
import { Rating, type ReviewEntry, type DeckProgress, type DeckLog } from './progress';
import { cardMastery } from './mastery';
import type { SchedulerOptions } from './scheduler';

const DAY_MS = 86_400_000;
/** A quiz grade logged this long before the start or after the end of a quiz record is taken to belong to it. */
const QUIZ_RECORD_GRACE_MS = 60_000;

export const DEFAULT_QUIZ_WINDOW_DAYS = 7;
export const DEFAULT_CONFUSION_WINDOW_DAYS = 30;
export const DEFAULT_WEAKEST_CARD_COUNT = 5;

/** One time a learner took a card for another (a quiz's `confusions` entry, with when it happened). */
export interface ConfusionEvent {
  /** The card the question was about. */
  cardId: string;
  /** The card whose option or term the learner gave instead. */
  confusedWithCardId: string;
  at: number;
}

/** The part of a finished quiz's record that weak topics read (the store's QuizRecord has these fields). */
export interface QuizMissRecord {
  id: string;
  startedAt: number;
  finishedAt: number;
  /** Cards behind the questions answered wrongly. */
  wrongCardIds: readonly string[];
}

export interface WeakTopicsInput {
  deck: Pick<Deck, 'chapters' | 'cards'>;
  progress: DeckProgress;
  /** The review log: quiz-origin Again grades are quiz misses too (those of a recorded quiz are counted once). */
  log: DeckLog;
  quizzes: readonly QuizMissRecord[];
  confusions: readonly ConfusionEvent[];
  now: number;
  options: SchedulerOptions;
  /** Average recall below this is a reason; default the scheduler's desired retention. */
  targetRecall?: number;
  /** Quiz misses this recent count (default 7 days: "this week"). */
  quizWindowDays?: number;
  /** Confusions this recent count (default 30 days). */
  confusionWindowDays?: number;
  /** How many weakest cards each row lists (default 5). */
  weakestCardCount?: number;
}

/** Why a section is weak, with the points it adds to the score; the screen phrases it. */
export type WeaknessReason =
  /** "41% predicted recall" */
  | { kind: 'low-recall'; points: number; averageRecall: number }
  /** "3 lapses" */
  | { kind: 'lapses'; points: number; lapses: number }
  /** "missed in 2 quizzes this week" (`misses` counts cards: one quiz may miss several cards of the section). */
  | { kind: 'quiz-misses'; points: number; misses: number; quizzes: number; windowDays: number }
  /** "Kubelet confused with Kube-proxy twice": the section's most frequent confusion, plus the total. */
  | { kind: 'confusions'; points: number; confusions: number; cardId: string; confusedWithCardId: string; count: number };

export interface WeakTopic {
  /** null for cards that sit in their chapter outside any section. */
  sectionId: string | null;
  chapterId: string;
  score: number;
  cards: number;
  studied: number;
  /** Mean predicted recall of the studied cards now, 0–1. */
  averageRecall: number;
  lapses: number;
  quizMisses: number;
  confusions: number;
  /** Strongest reason first. */
  reasons: WeaknessReason[];
  /** Studied, unsuspended cards with a reason of their own, weakest first, one per note (each name listed once). */
  weakestCardIds: string[];
}

export interface NotStartedTopic {
  sectionId: string | null;
  chapterId: string;
  cards: number;
}

/** Two notes confused with each other (either way round), named by their first card in the deck. */
export interface ConfusedPair {
  cardId: string;
  otherCardId: string;
  count: number;
  lastAt: number;
}

export interface WeakTopics {
  at: number;
  /** Weakest first (score, then lower recall, then deck order). */
  weak: WeakTopic[];
  /** Sections with cards but none studied yet, in deck order. */
  notStarted: NotStartedTopic[];
  /** Most confused first (count, then most recent, then deck order). */
  confusedPairs: ConfusedPair[];
}

/** The confusions of one scored quiz (`QuizScore.confusions`) as events to keep in the history. */
export function confusionEventsFromQuiz(confusions: Readonly<Record<string, string>>, at: number): ConfusionEvent[] {
  return Object.entries(confusions).map(([cardId, confusedWithCardId]) => ({ cardId, confusedWithCardId, at }));
}

interface QuizMiss {
  cardId: string;
  quizKey: string;
}

/**
 * Misses from quiz records finished since `since`, plus quiz-origin Again grades since then that no record explains.
 * Grades a quiz applies together share their time, so unexplained grades at one moment are one quiz.
 */
export function recentQuizMisses(log: readonly ReviewEntry[], quizzes: readonly QuizMissRecord[], since: number): QuizMiss[] {
  const misses = new Map<string, QuizMiss>();
  const add = (cardId: string, quizKey: string) => misses.set(`${cardId}\u0000${quizKey}`, { cardId, quizKey });
  const recordsByCard = new Map<string, QuizMissRecord[]>();
  for (const record of quizzes) {
    for (const cardId of record.wrongCardIds) {
      recordsByCard.set(cardId, [...(recordsByCard.get(cardId) ?? []), record]);
      if (record.finishedAt >= since) add(cardId, `quiz:${record.id}`);
    }
  }
  for (const entry of log) {
    if (entry.origin !== 'quiz' || entry.rating !== Rating.Again || entry.at < since) continue;
    const explained = recordsByCard
      .get(entry.cardId)
      ?.some((record) => record.startedAt - QUIZ_RECORD_GRACE_MS <= entry.at && entry.at <= record.finishedAt + QUIZ_RECORD_GRACE_MS);
    if (!explained) add(entry.cardId, `log:${entry.at}`);
  }
  return [...misses.values()];
}

interface CardSignals {
  card: Card;
  index: number;
  recall: number | null;
  lapses: number;
  suspended: boolean;
  misses: number;
  confusions: number;
}

interface TopicTally {
  sectionId: string | null;
  chapterId: string;
  order: number;
  cards: CardSignals[];
  quizKeys: Set<string>;
  /** `askedNote|chosenNote` → times. */
  confusionPairs: Map<string, { cardId: string; confusedWithCardId: string; count: number; lastAt: number }>;
}

function topicKey(card: Card): string {
  return card.sectionId ?? `\u0000${card.chapterId}`;
}

function cardScore(signals: CardSignals): number {
  return 10 * (1 - (signals.recall ?? 0)) + signals.lapses + signals.misses + signals.confusions;
}

function hasCardReason(signals: CardSignals, target: number): boolean {
  return (signals.recall !== null && signals.recall < target) || signals.lapses > 0 || signals.misses > 0 || signals.confusions > 0;
}

function topicOf(tally: TopicTally, target: number, quizWindowDays: number, weakestCardCount: number): WeakTopic | NotStartedTopic {
  const studied = tally.cards.filter((signals) => signals.recall !== null);
  const place = { sectionId: tally.sectionId, chapterId: tally.chapterId };
  if (studied.length === 0) return { ...place, cards: tally.cards.length };
  const averageRecall = studied.reduce((sum, signals) => sum + signals.recall!, 0) / studied.length;
  const lapses = tally.cards.reduce((sum, signals) => sum + signals.lapses, 0);
  const quizMisses = tally.cards.reduce((sum, signals) => sum + signals.misses, 0);
  const confusions = tally.cards.reduce((sum, signals) => sum + signals.confusions, 0);

  const reasons: WeaknessReason[] = [];
  if (averageRecall < target) reasons.push({ kind: 'low-recall', points: 10 * (1 - averageRecall), averageRecall });
  if (lapses > 0) reasons.push({ kind: 'lapses', points: lapses / studied.length, lapses });
  if (quizMisses > 0) {
    reasons.push({ kind: 'quiz-misses', points: quizMisses, misses: quizMisses, quizzes: tally.quizKeys.size, windowDays: quizWindowDays });
  }
  if (confusions > 0) {
    const top = [...tally.confusionPairs.values()].sort((a, b) => b.count - a.count || b.lastAt - a.lastAt)[0];
    reasons.push({ kind: 'confusions', points: confusions, confusions, cardId: top.cardId, confusedWithCardId: top.confusedWithCardId, count: top.count });
  }
  reasons.sort((a, b) => b.points - a.points);

  // One card per note (its weakest), so a term and its reverse never list the same name twice.
  const notesListed = new Set<string>();
  const weakestCardIds = studied
    .filter((signals) => !signals.suspended && hasCardReason(signals, target))
    .map((signals) => ({ signals, score: cardScore(signals) }))
    .sort((a, b) => b.score - a.score || a.signals.index - b.signals.index)
    .filter(({ signals }) => !notesListed.has(signals.card.noteId) && notesListed.add(signals.card.noteId))
    .slice(0, weakestCardCount)
    .map(({ signals }) => signals.card.id);
  return {
    ...place,
    score: 10 * (1 - averageRecall) + lapses / studied.length + quizMisses + confusions,
    cards: tally.cards.length,
    studied: studied.length,
    averageRecall,
    lapses,
    quizMisses,
    confusions,
    reasons,
    weakestCardIds,
  };
}

function isWeakTopic(topic: WeakTopic | NotStartedTopic): topic is WeakTopic {
  return 'reasons' in topic;
}

export function weakTopics(input: WeakTopicsInput): WeakTopics {
  const { deck, progress, now, options } = input;
  const target = input.targetRecall ?? options.desiredRetention;
  const quizWindowDays = input.quizWindowDays ?? DEFAULT_QUIZ_WINDOW_DAYS;
  const confusionSince = now - (input.confusionWindowDays ?? DEFAULT_CONFUSION_WINDOW_DAYS) * DAY_MS;

  // The first card of each note names it in confusion pairs (the forward card comes before its reverse).
  const cardsById = new Map<string, Card>();
  const noteNames = new Map<string, { cardId: string; index: number }>();
  deck.cards.forEach((card, index) => {
    cardsById.set(card.id, card);
    if (!noteNames.has(card.noteId)) noteNames.set(card.noteId, { cardId: card.id, index });
  });

  const signalsById = new Map<string, CardSignals>();
  const tallies = new Map<string, TopicTally>();
  deck.cards.forEach((card, index) => {
    const mastery = cardMastery(card, cardValue(progress, card.id), now, options);
    const signals: CardSignals = {
      card,
      index,
      recall: mastery.retrievability,
      lapses: mastery.lapses,
      suspended: mastery.suspended,
      misses: 0,
      confusions: 0,
    };
    signalsById.set(card.id, signals);
    const key = topicKey(card);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { sectionId: card.sectionId, chapterId: card.chapterId, order: index, cards: [], quizKeys: new Set(), confusionPairs: new Map() };
      tallies.set(key, tally);
    }
    tally.cards.push(signals);
  });

  for (const miss of recentQuizMisses(logEntriesSince(input.log, now - quizWindowDays * DAY_MS), input.quizzes, now - quizWindowDays * DAY_MS)) {
    const signals = signalsById.get(miss.cardId);
    if (!signals) continue;
    signals.misses += 1;
    tallies.get(topicKey(signals.card))!.quizKeys.add(miss.quizKey);
  }

  const pairs = new Map<string, ConfusedPair & { order: number }>();
  for (const event of input.confusions) {
    if (event.at < confusionSince || event.at > now) continue;
    const asked = cardsById.get(event.cardId);
    const chosen = cardsById.get(event.confusedWithCardId);
    if (!asked || !chosen || asked.noteId === chosen.noteId) continue;
    signalsById.get(asked.id)!.confusions += 1;
    const askedNote = noteNames.get(asked.noteId)!;
    const chosenNote = noteNames.get(chosen.noteId)!;

    const topicPairs = tallies.get(topicKey(asked))!.confusionPairs;
    const directed = `${asked.noteId}\u0000${chosen.noteId}`;
    const topicPair = topicPairs.get(directed) ?? { cardId: askedNote.cardId, confusedWithCardId: chosenNote.cardId, count: 0, lastAt: event.at };
    topicPair.count += 1;
    topicPair.lastAt = Math.max(topicPair.lastAt, event.at);
    topicPairs.set(directed, topicPair);

    // Either way round is the same pair, named in deck order.
    const [first, second] = askedNote.index <= chosenNote.index ? [askedNote, chosenNote] : [chosenNote, askedNote];
    const undirected = `${first.cardId}\u0000${second.cardId}`;
    const pair = pairs.get(undirected) ?? { cardId: first.cardId, otherCardId: second.cardId, count: 0, lastAt: event.at, order: first.index };
    pair.count += 1;
    pair.lastAt = Math.max(pair.lastAt, event.at);
    pairs.set(undirected, pair);
  }

  const weakestCardCount = input.weakestCardCount ?? DEFAULT_WEAKEST_CARD_COUNT;
  const weak: (WeakTopic & { order: number })[] = [];
  const notStarted: NotStartedTopic[] = [];
  for (const tally of tallies.values()) {
    const topic = topicOf(tally, target, quizWindowDays, weakestCardCount);
    if (!isWeakTopic(topic)) notStarted.push(topic);
    else if (topic.reasons.length > 0) weak.push({ ...topic, order: tally.order });
  }
  weak.sort((a, b) => b.score - a.score || a.averageRecall - b.averageRecall || a.order - b.order);
  return {
    at: now,
    weak: weak.map(({ order: _order, ...topic }) => topic),
    notStarted,
    confusedPairs: [...pairs.values()].sort((a, b) => b.count - a.count || b.lastAt - a.lastAt || a.order - b.order).map(({ order: _order, ...pair }) => pair),
  };
}
