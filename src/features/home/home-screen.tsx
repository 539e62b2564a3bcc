// Home: today's study at a glance, then the deck's chapters in order with what each holds and what is due.
// The deck's outline is drawn at once; the counts that need the store and the cards follow as soon as both have
// loaded (until then they show as not yet known, never as a wrong figure).
import { lazy, Suspense, useMemo, useState } from 'react';
import { plural } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { addCounts } from '../../domain/deck-outline';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { HomeBody } from './home-body';
import type { Dashboard } from './study-counts';
import type { Clock } from './use-dashboard';
import './home.css';

const HomeDashboard = lazy(() => import('./home-dashboard'));
// The quiz in progress comes from the study store, which loads on demand.
const ResumeQuizPanel = lazy(() => import('../../components/resume-quiz-panel').then((module) => ({ default: module.ResumeQuizPanel })));

interface HomeScreenProps {
  source: DeckSource;
  clock?: Clock;
}

export function HomeScreen({ source, clock = Date.now }: HomeScreenProps) {
  const { outline } = source;
  const chapters = useMemo(() => [...outline.chapters].sort((a, b) => a.order - b.order), [outline.chapters]);
  const concepts = useMemo(() => addCounts(outline.chapters.map((chapter) => chapter.counts)), [outline.chapters]);
  const chapterConcepts = useMemo(() => new Map(chapters.map((chapter) => [chapter.id, chapter.counts])), [chapters]);
  const conceptTotal = concepts.definitions + concepts.lists + concepts.other;
  // Filled in by the dashboard once it has loaded; the chapters stay drawn meanwhile (a big deck has many).
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  return (
    <div className="screen container">
      <PageTitle title={outline.title} />
      <div className="screen-header">
        <p className="eyebrow">Your deck</p>
        <h1>{outline.title}</h1>
        <p className="lead">
          {plural(chapters.length, 'chapter')} · {plural(conceptTotal, 'concept')} from your notes · {plural(concepts.cards, 'card')}
        </p>
      </div>
      {chapters.length === 0 ? (
        <p className="empty-note">
          No notes yet. Add Markdown files to <code>content/</code> and rebuild.
        </p>
      ) : (
        <>
          <Suspense fallback={null}>
            <ResumeQuizPanel deckId={outline.id} clock={clock} />
          </Suspense>
          <HomeBody chapters={chapters} chapterConcepts={chapterConcepts} dashboard={dashboard} />
          <Suspense fallback={null}>
            <HomeDashboard source={source} clock={clock} onDashboard={setDashboard} />
          </Suspense>
        </>
      )}
    </div>
  );
}
