// Exam-day readiness: how much of the deck the learner is predicted to recall on the exam day, what is at risk,
// and an honest estimate of the daily reviews that would bring every card above the target by then.
//
// The model, kept simple so the screen can explain it:
// - Recall on exam day is ts-fsrs retrievability at the moment the exam day begins (`examDate`, local midnight),
//   or at `now` once that moment has passed on the exam day itself.
// - A card is at risk when that recall is below the target (the desired retention); a new card is always at risk.
// - Days left are the study days from today up to the exam day (today counts, the exam day does not).
// - Every at-risk card needs at least one review before the exam. Cards already falling due before the exam get
//   it from the schedule (`scheduled`, by due day); today's are the review queue's (`dueToday`, as Home and Review
//   count them: siblings buried, the review limit applied), and the cards it holds back come tomorrow. The other
//   at-risk cards (studied cards that stay above the scheduler's own retention but not the target, and new cards)
//   are spread evenly over the days left, earliest days first (`catchUp`). A review given early may fall due again
//   before the exam and a new card takes a few learning steps on its day, so the figures are a lower bound.
// - The daily figure covers every day: today's own total, then the most any later day needs.
// - Suspended cards are left out (they are never shown); so are reverse cards when the learner does not study them.
import { cardValue } from './card-map';
import type { Card, Deck } from './deck';
import type { DeckProgress, DeckLog } from './progress';
import { dueToday, type QueueSettings } from './review-queue';
import { retrievability, type SchedulerOptions } from './scheduler';
import { dayIndexIn, daysBetweenKeys, studyDaysAround } from './review-stats-calendar';
import { studyDayKey } from './study-day';

export interface ExamReadinessInput {
  deck: Pick<Deck, 'chapters' | 'cards'>;
  progress: DeckProgress;
  /** The review log: today's grades decide what the queue holds back today. */
  log: DeckLog;
  now: number;
  /** Exam day as epoch ms at local midnight (as `StudySettings.examDate`). */
  examDate: number;
  /** Target recall on exam day, 0–1 (usually the desired retention of the settings). */
  desiredRetention: number;
  /** The day's start, daily limits and whether reverse cards are studied, as the review queue takes them. */
  settings: QueueSettings;
  options: SchedulerOptions;
}

export interface ReadinessSummary {
  /** Cards taken into account (not suspended, reverse cards only when studied). */
  cards: number;
  studied: number;
  newCards: number;
  /** Mean predicted recall of the studied cards on exam day, 0–1; null when none is studied. */
  averageRecallOnExamDay: number | null;
  /** Studied cards predicted below the target on exam day, plus new cards. */
  atRisk: number;
  /** Suspended cards, left out of every figure above. */
  suspended: number;
}

export interface ChapterReadiness extends ReadinessSummary {
  chapterId: string;
}

export interface ExamPlanDay {
  day: string;
  /** Reviews the schedule already has on this day, before the exam (overdue ones today). */
  scheduled: number;
  /** This day's share of the at-risk cards the schedule would not show before the exam. */
  catchUp: number;
  total: number;
}

export interface ExamPlan {
  /** Reviews falling due before the exam. */
  scheduledReviews: number;
  /** Studied cards at risk on exam day that the schedule would not show before it. */
  extraReviews: number;
  /** New cards to learn (each counted as one review). */
  newCards: number;
  /** scheduledReviews + extraReviews + newCards. */
  totalReviews: number;
  /** Reviews today: what is due today (as Home counts it) and today's share of the catching up. */
  reviewsToday: number;
  /** The most reviews any later day before the exam needs (0 when the exam is today or tomorrow). */
  reviewsPerDay: number;
  /** One row per study day from today to the day before the exam (just today when the exam is today); empty once it has passed. */
  days: ExamPlanDay[];
}

export interface ExamReadiness {
  today: string;
  /** Calendar date of the exam. */
  examDay: string;
  /** Study days from today to the exam, today included (0 on the exam day or after it). */
  daysLeft: number;
  /** True when the exam day is before today. */
  examPassed: boolean;
  /** The moment recall is predicted for. */
  evaluatedAt: number;
  target: number;
  deck: ReadinessSummary;
  /** In deck order. */
  chapters: ChapterReadiness[];
  plan: ExamPlan;
  /**
   * Cards to cram, most at risk first: studied cards by predicted recall on exam day, lowest first (ties in deck
   * order), then new cards in deck order. Studied cards come first because relearning a fading card costs less
   * than learning a new one, so each minute before the exam saves more recall.
   */
  cramOrder: string[];
}

interface Tally {
  cards: number;
  studied: number;
  newCards: number;
  recallSum: number;
  atRisk: number;
  suspended: number;
}

const emptyTally = (): Tally => ({ cards: 0, studied: 0, newCards: 0, recallSum: 0, atRisk: 0, suspended: 0 });

function summaryOf(tally: Tally): ReadinessSummary {
  return {
    cards: tally.cards,
    studied: tally.studied,
    newCards: tally.newCards,
    averageRecallOnExamDay: tally.studied > 0 ? tally.recallSum / tally.studied : null,
    atRisk: tally.atRisk,
    suspended: tally.suspended,
  };
}

/** Calendar date of an epoch-ms moment in local time. */
function calendarKey(at: number): string {
  return studyDayKey(at, 0);
}

/** Splits `count` over `days` days as evenly as whole numbers allow, the larger shares first. */
export function spreadEvenly(count: number, days: number): number[] {
  return Array.from({ length: days }, (_, day) => Math.floor(((day + 1) * count) / days) - Math.floor((day * count) / days)).sort((a, b) => b - a);
}

interface StudiedCard {
  id: string;
  recall: number;
  index: number;
}

export function examReadiness(input: ExamReadinessInput): ExamReadiness {
  const { deck, progress, now, examDate, options, settings } = input;
  const { dayStartHour } = settings;
  const target = input.desiredRetention;
  const today = studyDayKey(now, dayStartHour);
  const examDay = calendarKey(examDate);
  const examPassed = examDay < today;
  const daysLeft = Math.max(0, daysBetweenKeys(today, examDay));
  const evaluatedAt = Math.max(examDate, now);
  const planDays = examPassed ? 0 : Math.max(1, daysLeft);
  const range = studyDaysAround(now, 0, Math.max(0, planDays - 1), dayStartHour);

  const deckTally = emptyTally();
  const chapterTallies = new Map<string, Tally>(deck.chapters.map((chapter) => [chapter.id, emptyTally()]));
  const scheduled = new Array<number>(planDays).fill(0);
  let extraReviews = 0;
  const studied: StudiedCard[] = [];
  const fresh: string[] = [];
  const due = planDays > 0 ? dueToday({ cards: deck.cards, progress, log: input.log, settings, now, scope: { kind: 'deck' } }) : null;
  const heldBack = new Set(due?.heldBack);
  const dueTodayIds = new Set([...(due?.queued ?? []), ...(due?.laterToday ?? [])]);
  const tomorrowStart = range.starts[1] ?? Number.POSITIVE_INFINITY;

  deck.cards.forEach((card: Card, index) => {
    if (card.reverse && !settings.studyReverseCards) return;
    let chapterTally = chapterTallies.get(card.chapterId);
    if (!chapterTally) chapterTallies.set(card.chapterId, (chapterTally = emptyTally()));
    const tallies = [deckTally, chapterTally];
    const entry = cardValue(progress, card.id);
    if (entry?.suspended) {
      for (const tally of tallies) tally.suspended += 1;
      return;
    }
    const recall = entry ? retrievability(entry.scheduling, evaluatedAt, options) : null;
    const atRisk = recall === null || recall < target;
    for (const tally of tallies) {
      tally.cards += 1;
      if (atRisk) tally.atRisk += 1;
      if (recall === null) tally.newCards += 1;
      else {
        tally.studied += 1;
        tally.recallSum += recall;
      }
    }
    if (recall === null) {
      fresh.push(card.id);
      return;
    }
    studied.push({ id: card.id, recall, index });
    const dueAt = entry!.scheduling.due;
    if (planDays > 0 && dueTodayIds.has(card.id)) {
      scheduled[0] += 1;
    } else if (planDays > 0 && heldBack.has(card.id) && dueAt < evaluatedAt) {
      scheduled[Math.min(1, planDays - 1)] += 1;
    } else if (planDays > 0 && dueAt >= tomorrowStart && dueAt < evaluatedAt) {
      const day = dayIndexIn(range, dueAt);
      scheduled[day === -1 ? planDays - 1 : day] += 1;
    } else if (atRisk) {
      extraReviews += 1;
    }
  });

  const newCards = deckTally.newCards;
  const catchUp = spreadEvenly(planDays > 0 ? extraReviews + newCards : 0, planDays);
  const days: ExamPlanDay[] = scheduled.map((count, day) => ({
    day: range.keys[day],
    scheduled: count,
    catchUp: catchUp[day],
    total: count + catchUp[day],
  }));
  const scheduledReviews = scheduled.reduce((sum, count) => sum + count, 0);
  const totalReviews = planDays > 0 ? scheduledReviews + extraReviews + newCards : 0;

  studied.sort((a, b) => a.recall - b.recall || a.index - b.index);
  return {
    today,
    examDay,
    daysLeft,
    examPassed,
    evaluatedAt,
    target,
    deck: summaryOf(deckTally),
    chapters: [...chapterTallies].map(([chapterId, tally]) => ({ chapterId, ...summaryOf(tally) })),
    plan: {
      scheduledReviews,
      extraReviews: planDays > 0 ? extraReviews : 0,
      newCards: planDays > 0 ? newCards : 0,
      totalReviews,
      reviewsToday: days[0]?.total ?? 0,
      reviewsPerDay: days.slice(1).reduce((most, day) => Math.max(most, day.total), 0),
      days,
    },
    cramOrder: [...studied.map((card) => card.id), ...fresh],
  };
}
