// Where the session stands: a bar for answered vs left, and the queue counts Anki shows (new, learning, review),
// with the count of the card on screen underlined.
import { ProgressBar } from '../../components/progress-bar';
import type { CardCategory, QueueCounts } from '../../domain/review-queue';

interface ReviewProgressProps {
  counts: QueueCounts;
  answered: number;
  current: CardCategory | null;
}

const COUNT_LABELS: Record<CardCategory, string> = { new: 'new', learning: 'learning', review: 'to review' };

export function ReviewProgress({ counts, answered, current }: ReviewProgressProps) {
  const left = counts.new + counts.learning + counts.review;
  return (
    <div className="review-progress">
      <ProgressBar label="Session progress" value={answered} max={answered + left} valueText={`${answered} answered, ${left} left`} />
      <div className="review-progress-row">
        <ul className="queue-counts" aria-label="Cards left">
          {(['new', 'learning', 'review'] as const).map((category) => (
            <li key={category} className={`queue-count queue-count-${category}${current === category ? ' is-current' : ''}`}>
              <span className="queue-count-number">{counts[category]}</span> {COUNT_LABELS[category]}
            </li>
          ))}
        </ul>
        <p className="reviewed-today">
          <span className="queue-count-number">{counts.reviewedToday}</span> reviewed today
        </p>
      </div>
    </div>
  );
}
