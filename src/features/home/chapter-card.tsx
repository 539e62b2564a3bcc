// One chapter on the home screen: number, title, what it holds, and the way in.
import { Link } from 'wouter';
import type { Chapter } from '../../domain/deck';
import { CardCountSummary } from '../../components/card-count-summary';
import type { CardCounts } from '../../components/card-counts';
import { paths } from '../../components/paths';

interface ChapterCardProps {
  chapter: Chapter;
  counts: CardCounts;
}

export function ChapterCard({ chapter, counts }: ChapterCardProps) {
  const titleId = `chapter-${chapter.id}-title`;
  const isEmpty = chapter.empty || counts.cards === 0;
  return (
    <li className="chapter-card" aria-labelledby={titleId}>
      <p className="eyebrow">Chapter {chapter.order}</p>
      <h2 id={titleId} className="chapter-card-title">
        {/* The link covers the whole card (see .chapter-card-link::after), so the tap target is large. */}
        <Link href={paths.chapter(chapter.id)} className="chapter-card-link">
          {chapter.title}
        </Link>
      </h2>
      {isEmpty ? <p className="empty-note">No notes yet</p> : <CardCountSummary counts={counts} />}
    </li>
  );
}
