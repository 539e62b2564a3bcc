// The part of Home that needs the study store (and with it the scheduler) and the cards of the chapters the learner
// has touched: loaded on demand, so the first paint of Home needs none of them. It hands Home the dashboard's
// figures (null while chapters load) and draws the mastery and exam panel.
import { startTransition, Suspense, useEffect } from 'react';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { ExamReadinessPanel } from './exam-readiness-panel';
import type { Dashboard } from './study-counts';
import { useDashboard, type Clock } from './use-dashboard';

interface HomeDashboardProps {
  source: DeckSource;
  clock: Clock;
  onDashboard: (dashboard: Dashboard | null) => void;
}

export default function HomeDashboard({ source, clock, onDashboard }: HomeDashboardProps) {
  const { dashboard, deck } = useDashboard(source, clock);
  // As a transition: a big deck's Home redraws many chapters, in slices that leave the page responsive.
  useEffect(() => startTransition(() => onDashboard(dashboard)), [dashboard, onDashboard]);
  if (deck === null) return null;
  return (
    // With an exam date set, the panel reads every card; it follows when they are in.
    <Suspense fallback={null}>
      <ExamReadinessPanel source={source} deck={deck} clock={clock} />
    </Suspense>
  );
}
