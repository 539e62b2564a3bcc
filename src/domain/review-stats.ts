// Progress statistics from the review log and the cards' scheduling states, for the Stats screen and Home.
// Days are study days (they start at `dayStartHour`, as in Anki) keyed by the calendar date they began on.
// Log figures count every grade in the log given (quiz answers included, and cards that left the deck: the
// learner did study them), with reviews and quiz answers told apart where a day is counted; card figures (states,
// forecast) count the deck's cards only. Today's due count is the review queue's (`dueToday`), as on Home and in
// Review: siblings buried and the review limit applied, the cards held back counted tomorrow.
import { logEntries } from './review-log';
import { cardValue } from './card-map';
import type { Card } from './deck';
import { Rating, State, type Grade, type ReviewEntry, type DeckProgress, type DeckLog } from './progress';
import { dueToday, type DueToday, type QueueSettings } from './review-queue';
import { isLeech } from './scheduler';
import { MATURE_INTERVAL_DAYS } from './mastery';
import { dayIndexIn, daysBetweenKeys, studyDaysAround, type StudyDayRange } from './review-stats-calendar';
import { studyDayKey } from './study-day';

export const HEATMAP_DAYS = 365;
export const RECENT_DAYS = 30;
export const FORECAST_DAYS = 30;
export const RETENTION_WEEKS = 12;

export interface ReviewStatsInput {
  cards: readonly Card[];
  progress: DeckProgress;
  log: DeckLog;
  now: number;
  settings: QueueSettings;
}

/** Grades given on one study day. */
export interface DayActivity {
  /** "2026-11-27". */
  day: string;
  /** Grades from review sessions. */
  reviews: number;
  /** Grades from quiz answers. */
  quizAnswers: number;
  /** Time spent on those grades, in ms. */
  timeMs: number;
}

/** Grades per study day over the last 365 study days (today included), for a calendar heatmap. */
export interface ReviewHeatmap {
  firstDay: string;
  lastDay: string;
  /** Day key → grades that day; days without any are left out. */
  counts: Record<string, number>;
  total: number;
  activeDays: number;
}

export interface StudyStreak {
  /** Consecutive study days with at least one grade, ending today, or yesterday when nothing is done yet today. */
  days: number;
  /** The last day of the streak, null when there is no streak. */
  lastDay: string | null;
  studiedToday: boolean;
}

export interface ForecastDay {
  day: string;
  /**
   * Cards falling due that day; today, the review queue's due cards (as Home and Review count them) and the learning
   * cards due later today; the cards today's queue holds back count tomorrow. Suspended and new cards are not due,
   * nor reverse cards when they are not studied.
   */
  due: number;
}

/** Share of review-state grades (stateBefore = 2) that were not Again, in one week (Monday to Sunday study days). */
export interface WeekRetention {
  /** Day key of the week's Monday. */
  weekStart: string;
  reviews: number;
  passed: number;
  /** passed ÷ reviews, 0–1; null for a week without review-state grades. */
  retention: number | null;
}

/** `learning` and `relearning` are ts-fsrs states; `young`/`mature` are Review cards split at 21 days. */
export interface CardStateCounts {
  total: number;
  new: number;
  learning: number;
  relearning: number;
  young: number;
  mature: number;
  /** Flags overlapping the states above. */
  suspended: number;
  leeches: number;
}

export type ButtonCounts = Record<Grade, number>;

/** Answer buttons pressed over the whole log; `learning` is graded from New, Learning or Relearning, `review` from Review. */
export interface AnswerButtonMix {
  all: ButtonCounts;
  learning: ButtonCounts;
  review: ButtonCounts;
}

/** Today's grades, told apart: reviews (the figure "reviewed today" everywhere) and quiz answers. */
export interface TodayGrades {
  reviews: number;
  quizAnswers: number;
}

export interface ReviewStats {
  today: string;
  /** Today's grades, as in `recentDays`' last day. */
  todayGrades: TodayGrades;
  heatmap: ReviewHeatmap;
  streak: StudyStreak;
  /** The last 30 study days, oldest first, ending today. */
  recentDays: DayActivity[];
  /** The next 30 study days, starting today. */
  forecast: ForecastDay[];
  /** The last 12 weeks, oldest first, ending with the current week. */
  retentionByWeek: WeekRetention[];
  cardStates: CardStateCounts;
  answerButtons: AnswerButtonMix;
}

const emptyButtons = (): ButtonCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0 });

/** Monday = 0 … Sunday = 6, for the study day that starts at `dayStart` (local time). */
function weekdayFromMonday(dayStart: number): number {
  return (new Date(dayStart).getDay() + 6) % 7;
}

function oldestEntryAt(log: readonly ReviewEntry[], fallback: number): number {
  let oldest = fallback;
  for (let i = 0; i < log.length; i += 1) if (log[i].at < oldest) oldest = log[i].at;
  return oldest;
}

/** One range covering every day a figure needs: back to the oldest grade (for the streak) or a year, and 30 days ahead. */
function calendarFor(input: ReviewStatsInput): StudyDayRange {
  const { now } = input;
  const { dayStartHour } = input.settings;
  const todayKey = studyDayKey(now, dayStartHour);
  const oldestKey = studyDayKey(oldestEntryAt(logEntries(input.log), now), dayStartHour);
  const daysBefore = Math.max(HEATMAP_DAYS - 1, daysBetweenKeys(oldestKey, todayKey));
  return studyDaysAround(now, daysBefore, FORECAST_DAYS - 1, dayStartHour);
}

function streakOf(studied: Uint8Array, keys: string[], today: number): StudyStreak {
  const studiedToday = studied[today] === 1;
  const last = studiedToday ? today : today - 1;
  if (last < 0 || studied[last] !== 1) return { days: 0, lastDay: null, studiedToday };
  let first = last;
  while (first > 0 && studied[first - 1] === 1) first -= 1;
  return { days: last - first + 1, lastDay: keys[last], studiedToday };
}

function cardStatesOf(cards: readonly Card[], progress: DeckProgress): CardStateCounts {
  const counts: CardStateCounts = { total: 0, new: 0, learning: 0, relearning: 0, young: 0, mature: 0, suspended: 0, leeches: 0 };
  for (const card of cards) {
    const entry = cardValue(progress, card.id);
    counts.total += 1;
    if (!entry) {
      counts.new += 1;
      continue;
    }
    const { scheduling } = entry;
    if (entry.suspended) counts.suspended += 1;
    if (isLeech(scheduling)) counts.leeches += 1;
    if (scheduling.state === State.New) counts.new += 1;
    else if (scheduling.state === State.Learning) counts.learning += 1;
    else if (scheduling.state === State.Relearning) counts.relearning += 1;
    else if (scheduling.scheduledDays >= MATURE_INTERVAL_DAYS) counts.mature += 1;
    else counts.young += 1;
  }
  return counts;
}

/**
 * Due cards per study day from the range's today on, for `days` days: today those `due` gives (the queue's and the
 * learning cards due later today), tomorrow the ones it holds back with those due then, later days by due day.
 */
export function dueForecast(
  cards: readonly Card[],
  progress: DeckProgress,
  range: StudyDayRange,
  days: number,
  due: DueToday,
  studyReverseCards: boolean,
): number[] {
  const { today } = range;
  const counts = new Array<number>(days).fill(0);
  if (days === 0) return counts;
  counts[0] = due.queued.length + due.laterToday.length;
  if (days > 1) counts[1] += due.heldBack.length;
  const tomorrowStart = range.starts[today + 1];
  for (const card of cards) {
    const entry = cardValue(progress, card.id);
    if (!entry || entry.suspended || entry.scheduling.state === State.New || (card.reverse && !studyReverseCards)) continue;
    const at = entry.scheduling.due;
    if (at < tomorrowStart) continue;
    const index = dayIndexIn(range, at) - today;
    if (index >= 1 && index < days) counts[index] += 1;
  }
  return counts;
}

/** Every figure of the Stats screen in one pass over the log and one over the cards. */
export function reviewStats(input: ReviewStatsInput): ReviewStats {
  const range = calendarFor(input);
  const { keys, today } = range;
  const firstHeatmapDay = today - (HEATMAP_DAYS - 1);
  const firstRecentDay = today - (RECENT_DAYS - 1);
  const firstWeekDay = today - weekdayFromMonday(range.starts[today]) - 7 * (RETENTION_WEEKS - 1);

  const gradesPerDay = new Uint32Array(today + 1);
  const recentDays: DayActivity[] = keys.slice(firstRecentDay, today + 1).map((day) => ({ day, reviews: 0, quizAnswers: 0, timeMs: 0 }));
  const retentionByWeek: WeekRetention[] = Array.from({ length: RETENTION_WEEKS }, (_, week) => ({
    weekStart: keys[firstWeekDay + 7 * week],
    reviews: 0,
    passed: 0,
    retention: null,
  }));
  const answerButtons: AnswerButtonMix = { all: emptyButtons(), learning: emptyButtons(), review: emptyButtons() };

  const { starts } = range;
  // The log is kept in time order, so an entry is nearly always on the previous entry's day or the next one.
  let day = -1;
  const log = logEntries(input.log);
  for (let i = 0; i < log.length; i += 1) {
    const entry = log[i];
    answerButtons.all[entry.rating] += 1;
    answerButtons[entry.stateBefore === State.Review ? 'review' : 'learning'][entry.rating] += 1;
    if (!(day >= 0 && starts[day] <= entry.at && entry.at < starts[day + 1])) {
      day = day >= 0 && starts[day + 1] <= entry.at && entry.at < starts[day + 2] ? day + 1 : dayIndexIn(range, entry.at);
    }
    if (day < 0 || day > today) continue;
    gradesPerDay[day] += 1;
    if (day >= firstRecentDay) {
      const activity = recentDays[day - firstRecentDay];
      if (entry.origin === 'quiz') activity.quizAnswers += 1;
      else activity.reviews += 1;
      activity.timeMs += entry.durationMs;
    }
    if (day >= firstWeekDay && entry.stateBefore === State.Review) {
      const week = retentionByWeek[Math.floor((day - firstWeekDay) / 7)];
      week.reviews += 1;
      if (entry.rating !== Rating.Again) week.passed += 1;
    }
  }
  for (const week of retentionByWeek) week.retention = week.reviews > 0 ? week.passed / week.reviews : null;

  const counts: Record<string, number> = {};
  let total = 0;
  let activeDays = 0;
  const studied = new Uint8Array(today + 1);
  for (let day = 0; day <= today; day += 1) {
    if (gradesPerDay[day] === 0) continue;
    studied[day] = 1;
    if (day < firstHeatmapDay) continue;
    counts[keys[day]] = gradesPerDay[day];
    total += gradesPerDay[day];
    activeDays += 1;
  }

  const due = dueToday({ cards: input.cards, progress: input.progress, log: input.log, settings: input.settings, now: input.now, scope: { kind: 'deck' } });
  const forecast = dueForecast(input.cards, input.progress, range, FORECAST_DAYS, due, input.settings.studyReverseCards).map((count, offset) => ({
    day: keys[today + offset],
    due: count,
  }));
  const lastDay = recentDays[recentDays.length - 1];

  return {
    today: keys[today],
    todayGrades: { reviews: lastDay.reviews, quizAnswers: lastDay.quizAnswers },
    heatmap: { firstDay: keys[firstHeatmapDay], lastDay: keys[today], counts, total, activeDays },
    streak: streakOf(studied, keys, today),
    recentDays,
    forecast,
    retentionByWeek,
    cardStates: cardStatesOf(input.cards, input.progress),
    answerButtons,
  };
}
