// Home: the deck and its chapters in order, each with what it holds.
import type { Deck } from '../../domain/deck';
import { countCards, countChapterCards, plural } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { ChapterCard } from './chapter-card';

export function HomeScreen({ deck }: { deck: Deck }) {
  const chapters = [...deck.chapters].sort((a, b) => a.order - b.order);
  const concepts = countCards(deck.cards);
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
        <ol className="chapter-grid" aria-label="Chapters">
          {chapters.map((chapter) => (
            <ChapterCard key={chapter.id} chapter={chapter} counts={countChapterCards(deck.cards, chapter.id)} />
          ))}
        </ol>
      )}
    </div>
  );
}
