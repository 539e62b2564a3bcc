// The part of Home that needs the study store (and with it the scheduler) and every card of the deck: loaded on
// demand, so the first paint of Home needs none of them. It hands Home the dashboard's figures and draws the mastery
// and exam panel.
import { useEffect } from 'react';
import type { StudyStore } from '../../store/create-study-store';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { useLoadedDeck } from '../../store/deck-library/use-active-deck';
import { useStudyStore } from '../../store/study-store';
import { ExamReadinessPanel } from './exam-readiness-panel';
import type { Dashboard } from './study-counts';
import { useDashboard, type Clock } from './use-dashboard';

interface HomeDashboardProps {
  source: DeckSource;
  store: StudyStore | undefined;
  clock: Clock;
  onDashboard: (dashboard: Dashboard) => void;
}

export default function HomeDashboard({ source, store = useStudyStore, clock, onDashboard }: HomeDashboardProps) {
  const deck = useLoadedDeck(source);
  const dashboard = useDashboard(deck, store, clock);
  useEffect(() => onDashboard(dashboard), [dashboard, onDashboard]);
  return <ExamReadinessPanel deck={deck} store={store} clock={clock} />;
}
