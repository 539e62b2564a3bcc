// The part of Home that needs the study store (and with it the scheduler): loaded on demand, so the first paint of
// Home needs neither.
import { ResumeQuizPanel } from '../../components/resume-quiz-panel';
import type { Deck } from '../../domain/deck';
import { ExamReadinessPanel } from './exam-readiness-panel';
import { HomeBody, type HomeBodyProps } from './home-body';
import { useDashboard, type Clock } from './use-dashboard';

interface HomeDashboardProps extends Omit<HomeBodyProps, 'dashboard'> {
  deck: Deck;
  clock: Clock;
}

export default function HomeDashboard({ deck, clock, ...body }: HomeDashboardProps) {
  const dashboard = useDashboard(deck, clock);
  return (
    <>
      <ResumeQuizPanel deckId={deck.id} clock={clock} />
      <HomeBody {...body} dashboard={dashboard} />
      <ExamReadinessPanel deck={deck} clock={clock} />
    </>
  );
}
