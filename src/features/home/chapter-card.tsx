// One chapter on the home screen: number, title, what it holds, what is due today, and the ways in.
import { Link } from 'wouter';
import type { CardCounts, ChapterOutline } from '../../domain/deck-outline';
import { CardCountSummary } from '../../components/card-count-summary';
import { paths } from '../../config/paths';
import { dueCount, type StudyCounts } from './study-counts';

interface ChapterCardProps {
  chapter: ChapterOutline;
  counts: CardCounts;
  /** Today's counts for a review of this chapter; null until the store has loaded. */
  study: StudyCounts | null;
}

/** A figure, or a dash while it is not known yet. */
const figure = (value: number | undefined) => (value === undefined ? '–' : value);

function ChapterStudy({ chapter, study }: { chapter: ChapterOutline; study: StudyCounts | null }) {
  const due = study ? dueCount(study) : undefined;
  return (
    <div className="chapter-study">
      <dl className="chapter-today">
        <div className={due ? 'chapter-today-item has-due' : 'chapter-today-item'}>
          <dt>Due</dt>
          <dd>{figure(due)}</dd>
        </div>
        <div className="chapter-today-item">
          <dt>New</dt>
          <dd>{figure(study?.new)}</dd>
        </div>
      </dl>
      {/* Above the card-wide title link, so it takes its own clicks. */}
      <Link href={paths.review.href({ kind: 'chapter', chapterId: chapter.id })} className="button chapter-study-link" aria-label={`Study ${chapter.title}`}>
        Study
      </Link>
    </div>
  );
}

export function ChapterCard({ chapter, counts, study }: ChapterCardProps) {
  const titleId = `chapter-${chapter.id}-title`;
  const isEmpty = chapter.empty || counts.cards === 0;
  return (
    <li className="panel chapter-card" aria-labelledby={titleId}>
      <p className="eyebrow">Chapter {chapter.order}</p>
      <h2 id={titleId} className="chapter-card-title">
        {/* The link covers the whole card (see .chapter-card-link::after), so the tap target is large. */}
        <Link href={paths.chapter.href(chapter.id)} className="chapter-card-link">
          {chapter.title}
        </Link>
      </h2>
      {isEmpty ? (
        <p className="empty-note">No notes yet</p>
      ) : (
        <>
          <CardCountSummary counts={counts} />
          <ChapterStudy chapter={chapter} study={study} />
        </>
      )}
    </li>
  );
}
