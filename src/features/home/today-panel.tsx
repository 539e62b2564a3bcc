// Today at a glance: what is due, what is new, what was done, the streak, and the way into a review.
import { Link } from 'wouter';
import { plural } from '../../components/card-counts';
import { paths } from '../../config/paths';
import type { StudyStreak } from '../../domain/review-stats';
import { dueCount, type Dashboard } from './study-counts';

interface StatProps {
  label: string;
  value: number | null;
  detail: string;
  tone: 'due' | 'new' | 'done' | 'streak';
}

function Stat({ label, value, detail, tone }: StatProps) {
  return (
    <div className={`figure-tile today-stat today-stat-${tone}`}>
      <dt>{label}</dt>
      <dd className="figure-value today-figure">{value ?? '–'}</dd>
      <dd className="figure-note">{detail}</dd>
    </div>
  );
}

function streakDetail(streak: StudyStreak): string {
  if (streak.days === 0) return 'Review a card to start one';
  const days = streak.days === 1 ? 'day' : 'days';
  return streak.studiedToday ? `${days} · studied today` : `${days} · study today to keep it`;
}

function stats(dashboard: Dashboard | null): StatProps[] {
  if (!dashboard) {
    return [
      { label: 'Due now', value: null, detail: 'Counting…', tone: 'due' },
      { label: 'New today', value: null, detail: 'Counting…', tone: 'new' },
      { label: 'Reviewed today', value: null, detail: 'Counting…', tone: 'done' },
      { label: 'Day streak', value: null, detail: 'Counting…', tone: 'streak' },
    ];
  }
  const { counts, streak, newCardsPerDay } = dashboard;
  const { deck, reviewedToday } = counts;
  return [
    { label: 'Due now', value: dueCount(deck), detail: `${deck.learning} learning · ${deck.review} to review`, tone: 'due' },
    { label: 'New today', value: deck.new, detail: `up to ${plural(newCardsPerDay, 'new card')} a day`, tone: 'new' },
    { label: 'Reviewed today', value: reviewedToday, detail: reviewedToday === 1 ? 'grade given' : 'grades given', tone: 'done' },
    { label: 'Day streak', value: streak.days, detail: streakDetail(streak), tone: 'streak' },
  ];
}

export function TodayPanel({ dashboard }: { dashboard: Dashboard | null }) {
  const nothingToStudy = dashboard !== null && dueCount(dashboard.counts.deck) + dashboard.counts.deck.new === 0;
  return (
    <section className="panel today-panel" aria-labelledby="today-title" aria-busy={dashboard === null}>
      <div className="today-header">
        <h2 id="today-title" className="today-title">
          Today
        </h2>
        <Link href={paths.review.href()} className={nothingToStudy ? 'button today-start' : 'button button-primary today-start'}>
          Start review
        </Link>
      </div>
      <dl className="figure-grid">
        {stats(dashboard).map((stat) => (
          <Stat key={stat.label} {...stat} />
        ))}
      </dl>
      {nothingToStudy && <p className="today-caught-up">All caught up: nothing is due now and no new cards are left for today.</p>}
    </section>
  );
}
