// What the dashboard shows: today's counts for the whole deck and for each chapter, from one review-queue build.
//
// The queue is built once for the whole deck with the daily limits lifted, then each scope's counts are capped by
// the real limits. That gives exactly what `buildReviewQueue` gives for that scope (tests check it) because:
// notes never span chapters, so burying is the same per chapter; learning cards are never limited; and review and
// new cards share the review limit (reviews first), so a capped count is min(available, what is left of the limit).
//
// A big deck's chapters need not all be loaded: a chapter no card of which has progress or was graded today
// (untouched, see src/domain/review-chapters.ts) has nothing due and offers one new card per note, which its outline
// counts. Only the touched chapters' cards are read; the counts are the same (a property test checks it).
import { studyStreakOf } from '../../domain/study-streak';
import { cardValue } from '../../domain/card-map';
import type { Card } from '../../domain/deck';
import type { StudySettings, DeckProgress, DeckLog } from '../../domain/progress';
import { buildReviewQueue, cardCategory, summariseToday, type QueueSettings } from '../../domain/review-queue';
import type { StudyStreak } from '../../domain/review-stats';
import { studyDayStart } from '../../domain/study-day';
import type { DashboardCounts, StudyCounts } from './study-counts';

/** A chapter whose cards are not read: none has progress or was graded today. */
export interface UntouchedChapter {
  chapterId: string;
  /** Its notes (each gives at most one new card a day); 0 for a chapter with no cards. */
  notes: number;
}

export interface DashboardInput {
  /** The cards of every chapter not listed in `untouched`. */
  cards: Card[];
  untouched?: readonly UntouchedChapter[];
  progress: DeckProgress;
  log: DeckLog;
  settings: StudySettings;
  now: number;
}

/** A limit no deck reaches; not Infinity, which the queue treats as no valid limit at all. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

interface DailyAllowance {
  newLeft: number;
  reviewsLeft: number;
}

function capped(available: StudyCounts, { newLeft, reviewsLeft }: DailyAllowance): StudyCounts {
  const review = Math.min(available.review, reviewsLeft);
  return { learning: available.learning, review, new: Math.min(available.new, newLeft, reviewsLeft - review) };
}

const emptyCounts = (): StudyCounts => ({ learning: 0, review: 0, new: 0 });

export function dashboardCounts({ cards, untouched = [], progress, log, settings, now }: DashboardInput): DashboardCounts {
  const uncapped = buildReviewQueue({
    cards,
    progress,
    log,
    settings: { ...settings, newCardsPerDay: NO_LIMIT, reviewsPerDay: NO_LIMIT },
    now,
    scope: { kind: 'deck' },
  });
  const today = summariseToday(cards, progress, log, studyDayStart(now, settings.dayStartHour));
  const allowance: DailyAllowance = {
    newLeft: Math.max(0, settings.newCardsPerDay - today.introducedToday),
    reviewsLeft: Math.max(0, settings.reviewsPerDay - today.reviewLimitUsed),
  };

  const chapterOf = new Map(cards.map((card) => [card.id, card.chapterId]));
  const available = new Map<string, StudyCounts>();
  for (const card of cards) if (!available.has(card.chapterId)) available.set(card.chapterId, emptyCounts());
  for (const cardId of uncapped.cardIds) {
    const counts = available.get(chapterOf.get(cardId) ?? '');
    if (counts) counts[cardCategory(cardValue(progress, cardId))] += 1;
  }
  let untouchedNew = 0;
  for (const chapter of untouched) {
    if (chapter.notes === 0) continue;
    available.set(chapter.chapterId, { learning: 0, review: 0, new: chapter.notes });
    untouchedNew += chapter.notes;
  }

  const chapters = new Map<string, StudyCounts>();
  for (const [chapterId, counts] of available) chapters.set(chapterId, capped(counts, allowance));
  const { learning, review, new: fresh } = uncapped.counts;
  return {
    deck: capped({ learning, review, new: fresh + untouchedNew }, allowance),
    chapters,
    reviewedToday: uncapped.counts.reviewedToday,
    quizAnswersToday: uncapped.counts.quizAnswersToday,
  };
}

/** Consecutive study days with at least one grade, ending today or yesterday: read from the end of the log. */
export function studyStreak(log: DeckLog, now: number, settings: QueueSettings): StudyStreak {
  return studyStreakOf(log, now, settings.dayStartHour);
}
