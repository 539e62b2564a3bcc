// How well a set of cards is known, as one bar split by state (mature, young, learning, new) and a line in words.
// A card never studied has no recall yet, so the average is over studied cards and the share studied is said beside it.
import type { MasterySummary } from '../domain/mastery';
import { plural } from './card-counts';
import { percentText } from './card-name';
import { ShareBar, type SharePart } from './charts/share-bar';

export function masteryParts(summary: MasterySummary): SharePart[] {
  return [
    { label: 'Mature', value: summary.mature, tone: 'mature' },
    { label: 'Young', value: summary.young, tone: 'young' },
    { label: 'Learning', value: summary.learning, tone: 'learning' },
    { label: 'New', value: summary.new, tone: 'new' },
  ];
}

/** "12 of 40 cards studied · 84% average recall", or "40 cards, none studied yet". */
export function masteryLine(summary: MasterySummary): string {
  if (summary.cards === 0) return 'No cards';
  if (summary.studied === 0) return `${plural(summary.cards, 'card')}, none studied yet`;
  const recall = summary.averageRetrievability === null ? '' : ` · ${percentText(summary.averageRetrievability)} average recall`;
  return `${summary.studied} of ${plural(summary.cards, 'card')} studied${recall}`;
}

/** The bar's accessible name: what it is of, then every part and the recall. */
export function masteryLabel(name: string, summary: MasterySummary): string {
  const parts = masteryParts(summary)
    .map((part) => `${part.value} ${part.label.toLowerCase()}`)
    .join(', ');
  return `Mastery of ${name}: ${parts}. ${masteryLine(summary)}.`;
}

interface MasteryBarProps {
  /** What the cards are ("Kubernetes Architecture"). */
  name: string;
  summary: MasterySummary;
  /** Counts per state under the bar. */
  legend?: boolean;
}

export function MasteryBar({ name, summary, legend = false }: MasteryBarProps) {
  return (
    <div className="mastery-bar">
      <ShareBar label={masteryLabel(name, summary)} parts={masteryParts(summary)} legend={legend} size="slim" />
      <p className="mastery-line">{masteryLine(summary)}</p>
    </div>
  );
}
