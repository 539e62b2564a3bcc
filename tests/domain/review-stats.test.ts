import { describe, expect, it } from 'vitest';
import { defaultStudySettings, State, type CardProgress, type Grade, type ReviewEntry } from '../../src/domain/progress';
import { newSchedulingState } from '../../src/domain/scheduler';
import { FORECAST_DAYS, RECENT_DAYS, RETENTION_WEEKS, reviewStats, type ReviewStatsInput } from '../../src/domain/review-stats';
import {
  apiServer,
  apiServerReverse,
  dockerSwarm,
  dockerSwarmReverse,
  insightsDeck,
  kubelet,
  nomad,
  nomadReverse,
  reviewedAt,
  scheduler,
  selfHealing,
} from './mastery-test-deck';
import { active, DAY_MS, learningState, NOW, suspended } from './srs-test-cards';
import { deckLog, deckProgress } from '../study-data-kit';

const HOUR_MS = 3_600_000;
const utc = (month: number, day: number, hour: number, minute = 0, year = 2026) => Date.UTC(year, month - 1, day, hour, minute);

function graded(at: number, rating: Grade, stateBefore: State, origin: ReviewEntry['origin'] = 'review', durationMs = 10_000): ReviewEntry {
  return { cardId: nomad.id, at, rating, stateBefore, durationMs, origin };
}

// NOW is Friday 27 Nov 2026, 09:00; study days start at 4 am.
const log: ReviewEntry[] = [
  graded(utc(11, 16, 9), 2, 2), // Monday of last week
  graded(utc(11, 23, 3), 1, 2), // Monday 3 am: still Sunday's study day, so last week
  graded(utc(11, 23, 12), 4, 1),
  graded(utc(11, 25, 10), 3, 0, 'review', 4_000),
  graded(utc(11, 26, 23), 1, 2, 'quiz', 7_000),
  graded(utc(11, 27, 3, 59), 1, 2, 'review', 12_000), // before 4 am: yesterday's study day
  graded(utc(11, 27, 4), 3, 2, 'review', 20_000),
  graded(utc(11, 28, 5, 0, 2025), 3, 2), // the first day of the heatmap year
  graded(utc(11, 28, 3, 0, 2025), 2, 0), // the day before it
];

const progress: Record<string, CardProgress> = {
  [nomad.id]: active(reviewedAt(NOW - 30 * DAY_MS, 10)), // overdue since 17 Nov
  [nomadReverse.id]: active(learningState(NOW + HOUR_MS)),
  [dockerSwarm.id]: active(reviewedAt(utc(11, 18, 3), 10)), // due 28 Nov 03:00, still today's study day
  [dockerSwarmReverse.id]: active(reviewedAt(utc(11, 18, 5), 10)), // due 28 Nov 05:00, tomorrow
  [apiServer.id]: active(reviewedAt(NOW - 11 * DAY_MS, 40)), // due in 29 days
  [apiServerReverse.id]: active(reviewedAt(NOW - 10 * DAY_MS, 40)), // due in 30 days: past the forecast
  [scheduler.id]: suspended(learningState(NOW - HOUR_MS, State.Relearning)),
  [selfHealing.id]: active(newSchedulingState(NOW - DAY_MS)),
  [kubelet.id]: active(reviewedAt(NOW - 5 * DAY_MS, 3, 3, 8)),
  'kubernetes-architecture/definition/removed-term': active(reviewedAt(NOW - 5 * DAY_MS, 3)),
};

const input: ReviewStatsInput = { cards: insightsDeck.cards, progress: deckProgress(progress), log: deckLog(log), now: NOW, settings: defaultStudySettings };

describe('review stats: activity by study day', () => {
  const stats = reviewStats(input);

  it('counts grades per study day for a year, the day starting at 4 am', () => {
    expect(stats.today).toBe('2026-11-27');
    expect(stats.heatmap).toEqual({
      firstDay: '2025-11-28',
      lastDay: '2026-11-27',
      counts: {
        '2025-11-28': 1,
        '2026-11-16': 1,
        '2026-11-22': 1,
        '2026-11-23': 1,
        '2026-11-25': 1,
        '2026-11-26': 2,
        '2026-11-27': 1,
      },
      total: 8,
      activeDays: 7,
    });
  });

  it('counts the streak back from today and stops at the first day without a grade', () => {
    expect(stats.streak).toEqual({ days: 3, lastDay: '2026-11-27', studiedToday: true });
  });

  it('keeps a streak ending yesterday until today is over, and loses it after a day without grades', () => {
    expect(reviewStats({ ...input, now: utc(11, 28, 3, 30) }).streak).toEqual({ days: 3, lastDay: '2026-11-27', studiedToday: true });
    expect(reviewStats({ ...input, now: utc(11, 28, 22) }).streak).toEqual({ days: 3, lastDay: '2026-11-27', studiedToday: false });
    expect(reviewStats({ ...input, now: utc(11, 29, 10) }).streak).toEqual({ days: 0, lastDay: null, studiedToday: false });
  });

  it('follows a streak back past the heatmap year', () => {
    const daily = Array.from({ length: 400 }, (_, day) => graded(NOW - day * DAY_MS, 3, 2));
    const stats400 = reviewStats({ ...input, log: deckLog(daily) });
    expect(stats400.streak).toEqual({ days: 400, lastDay: '2026-11-27', studiedToday: true });
    expect(stats400.heatmap.activeDays).toBe(365);
  });

  it('gives reviews, quiz answers and time spent for each of the last 30 days', () => {
    expect(stats.recentDays).toHaveLength(RECENT_DAYS);
    expect(stats.recentDays[0].day).toBe('2026-10-29');
    expect(stats.recentDays.slice(-3)).toEqual([
      { day: '2026-11-25', reviews: 1, quizAnswers: 0, timeMs: 4_000 },
      { day: '2026-11-26', reviews: 1, quizAnswers: 1, timeMs: 19_000 },
      { day: '2026-11-27', reviews: 1, quizAnswers: 0, timeMs: 20_000 },
    ]);
    expect(stats.recentDays.find((day) => day.day === '2026-11-24')).toEqual({ day: '2026-11-24', reviews: 0, quizAnswers: 0, timeMs: 0 });
  });

  it('has nothing to show for an empty log', () => {
    const empty = reviewStats({ ...input, log: deckLog([]) });
    expect(empty.heatmap).toMatchObject({ counts: {}, total: 0, activeDays: 0 });
    expect(empty.streak).toEqual({ days: 0, lastDay: null, studiedToday: false });
    expect(empty.recentDays.every((day) => day.reviews === 0 && day.timeMs === 0)).toBe(true);
    expect(empty.answerButtons.all).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0 });
  });
});

describe('review stats: forecast, retention, states, buttons', () => {
  const stats = reviewStats(input);

  it('forecasts due cards for the next 30 study days, overdue ones today, suspended and new ones never', () => {
    expect(stats.forecast).toHaveLength(FORECAST_DAYS);
    // Today as the review queue has it: Kubelet (overdue), Docker Swarm (due before 4 am) and Nomad's reverse (a
    // learning step later today); Nomad itself is overdue but buried by its reverse, studied today: it comes tomorrow.
    expect(stats.forecast[0]).toEqual({ day: '2026-11-27', due: 3 });
    expect(stats.forecast[1]).toEqual({ day: '2026-11-28', due: 2 });
    expect(stats.forecast[29]).toEqual({ day: '2026-12-26', due: 1 });
    expect(stats.forecast.reduce((sum, day) => sum + day.due, 0)).toBe(6);
  });

  it('measures true retention by Monday-to-Sunday week over review-state grades', () => {
    expect(stats.retentionByWeek).toHaveLength(RETENTION_WEEKS);
    expect(stats.retentionByWeek[0]).toEqual({ weekStart: '2026-09-07', reviews: 0, passed: 0, retention: null });
    expect(stats.retentionByWeek.slice(-2)).toEqual([
      { weekStart: '2026-11-16', reviews: 2, passed: 1, retention: 0.5 },
      { weekStart: '2026-11-23', reviews: 3, passed: 1, retention: 1 / 3 },
    ]);
  });

  it('counts the deck cards by state, leeches and suspended ones flagged on top', () => {
    expect(stats.cardStates).toEqual({ total: 15, new: 7, learning: 1, relearning: 1, young: 4, mature: 2, suspended: 1, leeches: 1 });
  });

  it('mixes answer buttons overall and by the state graded from', () => {
    expect(stats.answerButtons).toEqual({
      all: { 1: 3, 2: 2, 3: 3, 4: 1 },
      learning: { 1: 0, 2: 1, 3: 1, 4: 1 },
      review: { 1: 3, 2: 1, 3: 2, 4: 0 },
    });
  });
});
