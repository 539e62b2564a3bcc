// Mastery: how well each card, section, chapter and the whole deck is known at `now`.
// Retrievability (ts-fsrs, via the scheduler wrapper) is the measure; a card never studied is unknown (null),
// never 0 or 1, so averages are over studied cards and the share studied is reported beside them.
import { cardValue } from './card-map';
import type { Card, Deck } from './deck';
import { State, type CardProgress, type DeckProgress } from './progress';
import { isLeech, retrievability, type SchedulerOptions } from './scheduler';

/** Anki's boundary: a review card whose interval is this many days or more is mature, below it young. */
export const MATURE_INTERVAL_DAYS = 21;

/** `learning` covers ts-fsrs Learning and Relearning; `young`/`mature` are Review cards split at 21 days. */
export type MasteryStatus = 'new' | 'learning' | 'young' | 'mature';

export interface CardMastery {
  cardId: string;
  status: MasteryStatus;
  /** Probability of recall at `now`, 0–1; null for a card never studied (unknown). */
  retrievability: number | null;
  lapses: number;
  leech: boolean;
  suspended: boolean;
}

/**
 * Counts for a set of cards. `new + learning + young + mature === cards`; `leeches` and `suspended` are flags
 * that overlap those states (a suspended card still counts in its state and in the average: suspending a card
 * does not change what the learner remembers).
 */
export interface MasterySummary {
  cards: number;
  /** Cards graded at least once (every state but new). */
  studied: number;
  new: number;
  learning: number;
  young: number;
  mature: number;
  leeches: number;
  suspended: number;
  /** Mean retrievability of the studied cards, 0–1; null when none is studied. */
  averageRetrievability: number | null;
  /** studied ÷ cards, 0–1 (0 for no cards). */
  studiedShare: number;
}

/** Mastery of a deck at one moment, by chapter id and section id (every chapter and section of the deck has a row). */
export interface DeckMastery {
  at: number;
  deck: MasterySummary;
  chapters: Record<string, MasterySummary>;
  sections: Record<string, MasterySummary>;
}

export function masteryStatus(progress: CardProgress | undefined): MasteryStatus {
  if (!progress) return 'new';
  const { state, scheduledDays } = progress.scheduling;
  if (state === State.New) return 'new';
  if (state === State.Review) return scheduledDays >= MATURE_INTERVAL_DAYS ? 'mature' : 'young';
  return 'learning';
}

/** A card without progress is new and not suspended. */
export function cardMastery(card: Pick<Card, 'id'>, progress: CardProgress | undefined, now: number, options: SchedulerOptions): CardMastery {
  const status = masteryStatus(progress);
  return {
    cardId: card.id,
    status,
    retrievability: progress && status !== 'new' ? retrievability(progress.scheduling, now, options) : null,
    lapses: progress?.scheduling.lapses ?? 0,
    leech: progress !== undefined && isLeech(progress.scheduling),
    suspended: progress?.suspended ?? false,
  };
}

/** Mastery of each card, by card id (e.g. for mastery dots beside concepts). */
export function masteryOfCards(cards: readonly Card[], progress: DeckProgress, now: number, options: SchedulerOptions): Record<string, CardMastery> {
  const byId: Record<string, CardMastery> = {};
  for (const card of cards) byId[card.id] = cardMastery(card, cardValue(progress, card.id), now, options);
  return byId;
}

/** A running total that becomes a MasterySummary; mutable so one pass can feed deck, chapter and section at once. */
export interface MasteryTally {
  counts: Omit<MasterySummary, 'averageRetrievability' | 'studiedShare'>;
  retrievabilitySum: number;
}

export function emptyMasteryTally(): MasteryTally {
  return {
    counts: { cards: 0, studied: 0, new: 0, learning: 0, young: 0, mature: 0, leeches: 0, suspended: 0 },
    retrievabilitySum: 0,
  };
}

export function addToMasteryTally(tally: MasteryTally, card: CardMastery): void {
  const { counts } = tally;
  counts.cards += 1;
  counts[card.status] += 1;
  if (card.status !== 'new') counts.studied += 1;
  if (card.leech) counts.leeches += 1;
  if (card.suspended) counts.suspended += 1;
  if (card.retrievability !== null) tally.retrievabilitySum += card.retrievability;
}

export function masterySummaryOf(tally: MasteryTally): MasterySummary {
  const { counts } = tally;
  return {
    ...counts,
    averageRetrievability: counts.studied > 0 ? tally.retrievabilitySum / counts.studied : null,
    studiedShare: counts.cards > 0 ? counts.studied / counts.cards : 0,
  };
}

function summariesOf(tallies: Map<string, MasteryTally>): Record<string, MasterySummary> {
  const summaries: Record<string, MasterySummary> = {};
  for (const [id, tally] of tallies) summaries[id] = masterySummaryOf(tally);
  return summaries;
}

/**
 * Mastery of the deck, each chapter and each section, in one pass over the cards (Home calls it on every render).
 * Reverse siblings count as cards. Cards without a section count in their chapter only; progress of cards no
 * longer in the deck is ignored.
 */
export function deckMastery(deck: Pick<Deck, 'chapters' | 'cards'>, progress: DeckProgress, now: number, options: SchedulerOptions): DeckMastery {
  const deckTally = emptyMasteryTally();
  const chapterTallies = new Map<string, MasteryTally>();
  const sectionTallies = new Map<string, MasteryTally>();
  for (const chapter of deck.chapters) {
    chapterTallies.set(chapter.id, emptyMasteryTally());
    for (const section of chapter.sections) sectionTallies.set(section.id, emptyMasteryTally());
  }
  const tallyOf = (tallies: Map<string, MasteryTally>, id: string): MasteryTally => {
    let tally = tallies.get(id);
    if (!tally) {
      tally = emptyMasteryTally();
      tallies.set(id, tally);
    }
    return tally;
  };
  // Cards come section by section, so the previous card's tallies are almost always the next one's too.
  let chapterId: string | null = null;
  let sectionId: string | null = null;
  let chapterTally = deckTally;
  let sectionTally: MasteryTally | null = null;
  for (const card of deck.cards) {
    if (card.chapterId !== chapterId) {
      chapterId = card.chapterId;
      chapterTally = tallyOf(chapterTallies, chapterId);
    }
    if (card.sectionId !== sectionId) {
      sectionId = card.sectionId;
      sectionTally = sectionId === null ? null : tallyOf(sectionTallies, sectionId);
    }
    const mastery = cardMastery(card, cardValue(progress, card.id), now, options);
    addToMasteryTally(deckTally, mastery);
    addToMasteryTally(chapterTally, mastery);
    if (sectionTally) addToMasteryTally(sectionTally, mastery);
  }
  return {
    at: now,
    deck: masterySummaryOf(deckTally),
    chapters: summariesOf(chapterTallies),
    sections: summariesOf(sectionTallies),
  };
}
