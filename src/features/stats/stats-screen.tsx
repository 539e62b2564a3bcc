// Stats (`#/stats`): a year of reviews as a calendar, the last 30 days, what falls due in the next 30, true
// retention by week, card states, the answer buttons, and the leeches. Every chart has a summary as its accessible
// name and the same figures as a table.
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Deck } from '../../domain/deck';
import { leechCardIds } from '../../domain/leeches';
import { Rating, type Grade } from '../../domain/progress';
import { reviewStats } from '../../domain/review-stats';
import { GRADES } from '../../domain/scheduler';
import { plural } from '../../components/card-counts';
import { percentText } from '../../components/card-name';
import { BarChart } from '../../components/charts/bar-chart';
import { CalendarHeatmap } from '../../components/charts/calendar-heatmap';
import { ChartFigure } from '../../components/charts/chart-figure';
import { ShareBar } from '../../components/charts/share-bar';
import type { ChartTone } from '../../components/charts/chart-tones';
import { formatDayKey } from '../../components/day-label';
import { GRADE_LABELS } from '../../components/grade-labels';
import { PageTitle } from '../../components/page-title';
import { reviewedTodayNote } from '../../components/today-grades-text';
import { selectSettings } from '../../store/study-selectors';
import { useStudyStore, useDeckProgress, useDeckLog } from '../../store/study-store-context';
import { LeechesSection } from './leeches-section';
import {
  answersText,
  buttonsSummary,
  buttonsTable,
  cardStatesSummary,
  cardStatesTable,
  durationText,
  forecastSummary,
  forecastTable,
  heatmapSummary,
  heatmapTable,
  recentSummary,
  recentTable,
  retentionSummary,
  retentionTable,
  STATE_ROWS,
  timeSummary,
} from './stats-text';
import './stats.css';

interface StatsScreenProps {
  deck: Deck;
  clock?: () => number;
}

const GRADE_TONES: Readonly<Record<Grade, ChartTone>> = { [Rating.Again]: 'again', [Rating.Hard]: 'hard', [Rating.Good]: 'good', [Rating.Easy]: 'easy' };
const STATE_TONES: Record<string, ChartTone> = { new: 'new', learning: 'learning', relearning: 'relearning', young: 'young', mature: 'mature' };
const MINUTE_MS = 60_000;

/** Axis labels of the study time chart: "0.5m" on a short axis, "12m" on a longer one. */
const minutesText = (minutes: number) => (Number.isInteger(minutes) || minutes >= 10 ? `${Math.round(minutes)}m` : `${minutes.toFixed(1)}m`);

export function StatsScreen({ deck, clock = Date.now }: StatsScreenProps) {
  const store = useStudyStore();
  const progress = useDeckProgress(deck.id);
  const log = useDeckLog(deck.id);
  const settings = useStore(store, selectSettings);
  const stats = useMemo(() => reviewStats({ cards: deck.cards, progress, log, now: clock(), settings }), [clock, deck.cards, log, progress, settings]);
  const leeches = useMemo(() => {
    const ids = new Set(leechCardIds(deck.cards, progress));
    return deck.cards.filter((card) => ids.has(card.id));
  }, [deck.cards, progress]);

  const { heatmap, streak, recentDays, forecast, retentionByWeek, cardStates, answerButtons, today, todayGrades } = stats;

  return (
    <div className="screen container stats-screen">
      <PageTitle title="Stats" />
      <div className="screen-header">
        <p className="eyebrow">{deck.title}</p>
        <h1>Stats</h1>
        <p className="lead">How much you have studied, what is coming up, and how well it sticks.</p>
      </div>

      <dl className="figure-grid stats-headline">
        <div className="figure-tile stats-figure">
          <dt>Reviewed today</dt>
          <dd className="figure-value">{todayGrades.reviews}</dd>
          <dd className="figure-note">{reviewedTodayNote(todayGrades.reviews, todayGrades.quizAnswers)}</dd>
        </div>
        <div className="figure-tile stats-figure">
          <dt>Streak</dt>
          <dd className="figure-value">{streak.days}</dd>
          <dd className="figure-note">{streak.days === 1 ? 'day' : 'days'}</dd>
        </div>
        <div className="figure-tile stats-figure">
          <dt>Past year</dt>
          <dd className="figure-value">{heatmap.total}</dd>
          <dd className="figure-note">reviews and quiz answers on {plural(heatmap.activeDays, 'day')}</dd>
        </div>
        <div className="figure-tile stats-figure">
          <dt>Due tomorrow</dt>
          <dd className="figure-value">{forecast[1]?.due ?? 0}</dd>
          <dd className="figure-note">{(forecast[1]?.due ?? 0) === 1 ? 'card' : 'cards'}</dd>
        </div>
      </dl>

      <div className="stats-grid">
        <div className="stats-wide">
          <ChartFigure
            title="Reviews and quiz answers per day"
            description="The past year, one square a day, in a stronger colour on busier days; today is outlined."
            table={heatmapTable(heatmap, today)}
          >
            <CalendarHeatmap
              label={heatmapSummary(heatmap, today)}
              firstDay={heatmap.firstDay}
              lastDay={heatmap.lastDay}
              today={today}
              counts={heatmap.counts}
              describeCount={answersText}
            />
          </ChartFigure>
        </div>

        <ChartFigure title="Last 30 days" description="Grades given each day, from reviews and from quizzes." table={recentTable(recentDays)}>
          <BarChart
            label={recentSummary(recentDays)}
            series={[
              { label: 'Reviews', tone: 'accent' },
              { label: 'Quiz answers', tone: 'quiz' },
            ]}
            data={recentDays.map((day) => ({
              key: day.day,
              label: formatDayKey(day.day),
              values: [day.reviews, day.quizAnswers],
              marked: day.day === today,
            }))}
          />
        </ChartFigure>

        <ChartFigure title="Study time" description="Minutes spent on cards each day, last 30 days." table={recentTable(recentDays)}>
          <BarChart
            label={timeSummary(recentDays)}
            series={[{ label: 'Minutes', tone: 'time' }]}
            formatValue={minutesText}
            data={recentDays.map((day) => ({
              key: day.day,
              label: formatDayKey(day.day),
              values: [day.timeMs / MINUTE_MS],
              marked: day.day === today,
            }))}
          />
        </ChartFigure>

        <ChartFigure
          title="Coming up"
          description="Cards falling due each day over the next 30 days; overdue cards count today."
          table={forecastTable(forecast)}
        >
          <BarChart
            label={forecastSummary(forecast)}
            series={[{ label: 'Due', tone: 'accent' }]}
            data={forecast.map((day, index) => ({ key: day.day, label: formatDayKey(day.day), values: [day.due], marked: index === 0 }))}
          />
        </ChartFigure>

        <ChartFigure
          title="True retention"
          description={`Share of reviews of cards in review that were not Again, week by week; the line is your target of ${percentText(settings.desiredRetention)}.`}
          table={retentionTable(retentionByWeek)}
        >
          <BarChart
            label={retentionSummary(retentionByWeek, settings.desiredRetention)}
            series={[{ label: 'Retention', tone: 'good' }]}
            max={1}
            formatValue={percentText}
            reference={{ value: settings.desiredRetention, label: `Target ${percentText(settings.desiredRetention)}` }}
            data={retentionByWeek.map((week) => ({ key: week.weekStart, label: formatDayKey(week.weekStart), values: [week.retention] }))}
          />
        </ChartFigure>

        <ChartFigure
          title="Card states"
          description={`All ${plural(cardStates.total, 'card')} of the deck by where they are in learning.`}
          table={cardStatesTable(cardStates)}
        >
          <ShareBar
            label={cardStatesSummary(cardStates)}
            parts={STATE_ROWS.map((row) => ({ label: row.label, value: cardStates[row.key], tone: STATE_TONES[row.key]! }))}
          />
          <p className="stats-flags">
            {cardStates.suspended} suspended · {plural(cardStates.leeches, 'leech', 'leeches')}
          </p>
        </ChartFigure>

        <ChartFigure
          title="Answer buttons"
          description="How often each button was pressed, for cards being learned and for cards in review."
          table={buttonsTable(answerButtons)}
        >
          {(
            [
              ['learning', 'new and learning cards'],
              ['review', 'review cards'],
            ] as const
          ).map(([key, of]) => (
            <div key={key} className="stats-buttons-row">
              <h3 className="stats-buttons-title">{of.charAt(0).toUpperCase() + of.slice(1)}</h3>
              <ShareBar
                label={buttonsSummary(answerButtons[key], of)}
                parts={GRADES.map((grade) => ({ label: GRADE_LABELS[grade], value: answerButtons[key][grade], tone: GRADE_TONES[grade] }))}
              />
            </div>
          ))}
        </ChartFigure>

        <div className="stats-wide">
          <LeechesSection deck={deck} leeches={leeches} progress={progress} clock={clock} />
        </div>
      </div>
      <p className="stats-footnote">
        Time counts from showing a card to grading it: {durationText(recentDays.reduce((sum, day) => sum + day.timeMs, 0))} over the last 30 days.
      </p>
    </div>
  );
}
