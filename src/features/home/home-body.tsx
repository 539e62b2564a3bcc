// The dashboard's layout: today's panel, then the chapters. Shown at once from the deck; the figures that need the
// store fill in when it has loaded (`dashboard` is null until then).
import type { CardCounts, ChapterOutline } from '../../domain/deck-outline';
import { ChapterCard } from './chapter-card';
import type { Dashboard } from './study-counts';
import { TodayPanel } from './today-panel';

export interface HomeBodyProps {
  chapters: readonly ChapterOutline[];
  /** Chapter id → what the chapter holds. */
  chapterConcepts: ReadonlyMap<string, CardCounts>;
  dashboard: Dashboard | null;
}

export function HomeBody({ chapters, chapterConcepts, dashboard }: HomeBodyProps) {
  return (
    <>
      <TodayPanel dashboard={dashboard} />
      <h2 className="home-section-title">Chapters</h2>
      <ol className="chapter-grid" aria-label="Chapters">
        {chapters.map((chapter) => (
          <ChapterCard
            key={chapter.id}
            chapter={chapter}
            counts={chapterConcepts.get(chapter.id)!}
            study={dashboard?.counts.chapters.get(chapter.id) ?? null}
          />
        ))}
      </ol>
    </>
  );
}
