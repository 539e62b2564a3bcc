// The Stats screen's figures in words: chart summaries (each chart's accessible name) and the rows of each
// chart's table. Pure, so what a screen reader hears can be tested on its own.
import type { Grade } from '../../domain/progress';
import type { CardStateCounts, DayActivity, ForecastDay, ReviewHeatmap, ReviewStats, WeekRetention } from '../../domain/review-stats';
import { plural } from '../../components/card-counts';
import { percentText } from '../../components/card-name';
import { formatDayKey } from '../../components/day-label';
import type { ChartTableData } from '../../components/charts/chart-figure';
import { formatDuration } from '../../components/duration-text';
import { GRADE_LABELS } from '../../components/grade-labels';
import { GRADES } from '../../domain/scheduler';

/** "45 s", "12 min", "1 h 5 min": study time over days, to the minute. */
export const durationText = (ms: number) => formatDuration(ms, { wholeMinutes: true });

export const reviewsText = (count: number) => plural(count, 'review');

function busiest<T>(items: readonly T[], value: (item: T) => number): T | null {
  let best: T | null = null;
  for (const item of items) if (value(item) > 0 && (best === null || value(item) > value(best))) best = item;
  return best;
}

export function heatmapSummary(heatmap: ReviewHeatmap, today: string): string {
  const todayCount = heatmap.counts[today] ?? 0;
  if (heatmap.total === 0) return 'Reviews per day over the past year: none yet.';
  const top = busiest(Object.entries(heatmap.counts), ([, count]) => count)!;
  return (
    `Reviews per day over the past year: ${reviewsText(heatmap.total)} on ${plural(heatmap.activeDays, 'day')}; ` +
    `busiest ${formatDayKey(top[0], 'weekday')} with ${top[1]}; today ${todayCount}.`
  );
}

/** Days with reviews, newest first; today is always there, with its count even when 0. */
export function heatmapTable(heatmap: ReviewHeatmap, today: string): ChartTableData {
  const days = Object.keys(heatmap.counts);
  if (!days.includes(today)) days.push(today);
  days.sort((a, b) => (a < b ? 1 : -1));
  return {
    caption: 'Reviews per day over the past year (days with reviews, and today)',
    columns: ['Day', 'Reviews'],
    rows: days.map((day) => [`${formatDayKey(day, 'long')}${day === today ? ' (today)' : ''}`, heatmap.counts[day] ?? 0]),
  };
}

export function recentSummary(days: readonly DayActivity[]): string {
  const reviews = days.reduce((sum, day) => sum + day.reviews, 0);
  const quiz = days.reduce((sum, day) => sum + day.quizAnswers, 0);
  const time = days.reduce((sum, day) => sum + day.timeMs, 0);
  const active = days.filter((day) => day.reviews + day.quizAnswers > 0).length;
  const today = days[days.length - 1];
  const todayText = today ? `; today ${today.reviews + today.quizAnswers}` : '';
  if (active === 0) return 'Reviews per day over the last 30 days: none yet.';
  return (
    `Reviews per day over the last 30 days: ${reviewsText(reviews)} and ${plural(quiz, 'quiz answer')} ` +
    `on ${plural(active, 'day')}, ${durationText(time)} in all${todayText}.`
  );
}

export function timeSummary(days: readonly DayActivity[]): string {
  const time = days.reduce((sum, day) => sum + day.timeMs, 0);
  const top = busiest(days, (day) => day.timeMs);
  if (!top) return 'Study time per day over the last 30 days: none yet.';
  return `Study time per day over the last 30 days: ${durationText(time)} in all; longest ${formatDayKey(top.day, 'weekday')} with ${durationText(top.timeMs)}.`;
}

export function recentTable(days: readonly DayActivity[]): ChartTableData {
  return {
    caption: 'Reviews, quiz answers and study time per day, last 30 days',
    columns: ['Day', 'Reviews', 'Quiz answers', 'Time'],
    rows: [...days].reverse().map((day) => [formatDayKey(day.day, 'weekday'), day.reviews, day.quizAnswers, durationText(day.timeMs)]),
  };
}

export function forecastSummary(days: readonly ForecastDay[]): string {
  const total = days.reduce((sum, day) => sum + day.due, 0);
  if (total === 0) return 'Cards due over the next 30 days: none.';
  const top = busiest(days, (day) => day.due)!;
  return (
    `Cards due over the next 30 days: ${total} in all; ${days[0]?.due ?? 0} today, ${days[1]?.due ?? 0} tomorrow; ` +
    `busiest ${formatDayKey(top.day, 'weekday')} with ${top.due}.`
  );
}

export function forecastTable(days: readonly ForecastDay[]): ChartTableData {
  return {
    caption: 'Cards due per day, next 30 days (overdue cards count today)',
    columns: ['Day', 'Due'],
    rows: days.map((day, index) => [`${formatDayKey(day.day, 'weekday')}${index === 0 ? ' (today)' : ''}`, day.due]),
  };
}

export function retentionSummary(weeks: readonly WeekRetention[], target: number): string {
  const reviews = weeks.reduce((sum, week) => sum + week.reviews, 0);
  const passed = weeks.reduce((sum, week) => sum + week.passed, 0);
  if (reviews === 0) return `True retention by week: no reviews of cards in review yet (target ${percentText(target)}).`;
  const current = weeks[weeks.length - 1];
  const thisWeek = current && current.retention !== null ? `; this week ${percentText(current.retention)}` : '';
  return `True retention over the last 12 weeks: ${percentText(passed / reviews)} of ${reviewsText(reviews)} passed${thisWeek}; target ${percentText(target)}.`;
}

export function retentionTable(weeks: readonly WeekRetention[]): ChartTableData {
  return {
    caption: 'True retention by week: reviews of cards in review that were not Again',
    columns: ['Week of', 'Reviews', 'Passed', 'Retention'],
    rows: [...weeks]
      .reverse()
      .map((week) => [formatDayKey(week.weekStart, 'short'), week.reviews, week.passed, week.retention === null ? '–' : percentText(week.retention)]),
  };
}

export const STATE_ROWS: readonly { key: keyof Omit<CardStateCounts, 'total' | 'suspended' | 'leeches'>; label: string }[] = [
  { key: 'new', label: 'New' },
  { key: 'learning', label: 'Learning' },
  { key: 'relearning', label: 'Relearning' },
  { key: 'young', label: 'Young' },
  { key: 'mature', label: 'Mature' },
];

export function cardStatesSummary(states: CardStateCounts): string {
  const parts = STATE_ROWS.map((row) => `${states[row.key]} ${row.label.toLowerCase()}`).join(', ');
  return `Card states of ${plural(states.total, 'card')}: ${parts}; ${states.suspended} suspended, ${plural(states.leeches, 'leech', 'leeches')}.`;
}

export function cardStatesTable(states: CardStateCounts): ChartTableData {
  return {
    caption: 'Cards by state (suspended cards and leeches also count in their state)',
    columns: ['State', 'Cards'],
    rows: [
      ...STATE_ROWS.map((row) => [row.label, states[row.key]] as const),
      ['Suspended', states.suspended],
      ['Leeches', states.leeches],
      ['All cards', states.total],
    ],
  };
}

export function buttonsSummary(counts: Record<Grade, number>, of: string): string {
  const total = GRADES.reduce((sum, grade) => sum + counts[grade], 0);
  if (total === 0) return `Answer buttons for ${of}: none pressed yet.`;
  return `Answer buttons for ${of}: ${GRADES.map((grade) => `${GRADE_LABELS[grade]} ${counts[grade]} (${percentText(counts[grade] / total)})`).join(', ')}.`;
}

export function buttonsTable(mix: ReviewStats['answerButtons']): ChartTableData {
  return {
    caption: 'Answer buttons pressed, by the state of the card graded',
    columns: ['Button', 'New and learning cards', 'Review cards', 'All'],
    rows: GRADES.map((grade) => [GRADE_LABELS[grade], mix.learning[grade], mix.review[grade], mix.all[grade]]),
  };
}
