// A section's mastery for the notes screen: the state bar and a line in words, kept current with the store.
import { cardValue } from '../domain/card-map';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Deck } from '../domain/deck';
import { addToMasteryTally, cardMastery, emptyMasteryTally, masterySummaryOf } from '../domain/mastery';
import { schedulerOptionsFrom } from '../domain/scheduler';
import { selectSettings } from '../store/study-selectors';
import { useStudyStore, useDeckProgress } from '../store/study-store-context';
import { MasteryBar } from './mastery-bar';

interface SectionMasteryProps {
  deck: Pick<Deck, 'id' | 'cards'>;
  sectionId: string;
  /** Named in the bar's accessible label. */
  title: string;
  clock?: () => number;
}

export function SectionMastery({ deck, sectionId, title, clock = Date.now }: SectionMasteryProps) {
  const store = useStudyStore();
  const progress = useDeckProgress(deck.id);
  const settings = useStore(store, selectSettings);
  const summary = useMemo(() => {
    const now = clock();
    const options = schedulerOptionsFrom(settings, false);
    const tally = emptyMasteryTally();
    for (const card of deck.cards) {
      if (card.sectionId === sectionId) addToMasteryTally(tally, cardMastery(card, cardValue(progress, card.id), now, options));
    }
    return masterySummaryOf(tally);
  }, [clock, deck.cards, progress, sectionId, settings]);
  if (summary.cards === 0) return null;
  return (
    <div className="section-mastery">
      <MasteryBar name={title} summary={summary} />
    </div>
  );
}
