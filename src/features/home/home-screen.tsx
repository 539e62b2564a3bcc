// Home: today's study at a glance, then the deck's chapters in order with what each holds and what is due.
// The deck is drawn at once; the counts that need the store follow as soon as it has loaded.
import { lazy, Suspense, useMemo } from 'react';
import type { Deck } from '../../domain/deck';
import { countCards, countChapterCards, plural } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { HomeBody } from './home-body';
import type { Clock } from './use-dashboard';
import './home.css';

const HomeDashboard = lazy(() => import('./home-dashboard'));

interface HomeScreenProps {
  deck: Deck;
  clock?: Clock;
}

export function HomeScreen({ deck, clock = Date.now }: HomeScreenProps) {
  const chapters = useMemo(() => [...deck.chapters].sort((a, b) => a.order - b.order), [deck.chapters]);
  const concepts = useMemo(() => countCards(deck.cards), [deck.cards]);
  const chapterConcepts = useMemo(() => new Map(chapters.map((chapter) => [chapter.id, countChapterCards(deck.cards, chapter.id)])), [chapters, deck.cards]);
  const conceptTotal = concepts.definitions + concepts.lists + concepts.other;
  return (
    <div className="screen container">
      <PageTitle title={deck.title} />
      <div className="screen-header">
        <p className="eyebrow">Your deck</p>
        <h1>{deck.title}</h1>
        <p className="lead">
          {plural(chapters.length, 'chapter')} · {plural(conceptTotal, 'concept')} from your notes · {plural(concepts.cards, 'card')}
        </p>
      </div>
      {chapters.length === 0 ? (
        <p className="empty-note">
          No notes yet. Add Markdown files to <code>content/</code> and rebuild.
        </p>
      ) : (
        <Suspense fallback={<HomeBody chapters={chapters} chapterConcepts={chapterConcepts} dashboard={null} />}>
          <HomeDashboard deck={deck} clock={clock} chapters={chapters} chapterConcepts={chapterConcepts} />
        </Suspense>
      )}
    </div>
  );
}
