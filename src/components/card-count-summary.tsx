// Concepts by kind plus the honest number of cards (reverse cards counted, and said so).
import type { CardCounts } from '../domain/deck-outline';
import { plural } from './card-counts';

function reverseNote(counts: CardCounts): string {
  const total = plural(counts.cards, 'card');
  if (counts.reverse === 0) return `${total} to study.`;
  return `${total} to study, including ${plural(counts.reverse, 'reverse card')} (from the answer back to the term).`;
}

export function CardCountSummary({ counts }: { counts: CardCounts }) {
  return (
    <div className="count-summary">
      <dl className="counts">
        <div className="count">
          <dt>Definitions</dt>
          <dd>{counts.definitions}</dd>
        </div>
        <div className="count">
          <dt>Lists</dt>
          <dd>{counts.lists}</dd>
        </div>
        <div className="count">
          <dt>Other</dt>
          <dd>{counts.other}</dd>
        </div>
      </dl>
      <p className="small-note">{reverseNote(counts)}</p>
    </div>
  );
}
