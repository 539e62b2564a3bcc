// The benchmark data is made by the real scheduler: replaying its log must give back its progress.
import { describe, expect, it } from 'vitest';
import { makeSyntheticDeck, makeSyntheticProgress } from '../../bench/synthetic-deck';
import { defaultStudySettings, type ReviewEntry } from '../../src/domain/progress';
import { gradeCard, newSchedulingState, schedulerOptionsFrom } from '../../src/domain/scheduler';
import { NOW } from './srs-test-cards';

describe('synthetic decks and histories for benchmarks', () => {
  const deck = makeSyntheticDeck(600, 7);

  it('has exactly the cards asked for, with unique readable ids, reverse siblings and enumerations', () => {
    expect(deck.cards).toHaveLength(600);
    expect(new Set(deck.cards.map((c) => c.id)).size).toBe(600);
    for (const card of deck.cards) expect(card.id.startsWith(`${card.chapterId}/${card.kind}/`)).toBe(true);
    const reverse = deck.cards.filter((c) => c.reverse);
    expect(reverse.length).toBeGreaterThan(100);
    for (const card of reverse) {
      expect(deck.cards.some((c) => c.id === card.id.replace(/\/reverse$/, '') && c.noteId === card.noteId)).toBe(true);
    }
    expect(deck.cards.some((c) => c.kind === 'enumeration' && (c.items?.length ?? 0) >= 3)).toBe(true);
    const sectionIds = new Set(deck.chapters.flatMap((ch) => ch.sections.map((s) => s.id)));
    for (const card of deck.cards) expect(sectionIds.has(card.sectionId!)).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(makeSyntheticDeck(600, 7)).toEqual(deck);
    expect(makeSyntheticDeck(600, 8).cards.map((c) => c.id)).not.toEqual(deck.cards.map((c) => c.id));
  });

  it('grades every card the asked number of times before now, and replaying the log gives the progress', () => {
    const { progress, log } = makeSyntheticProgress(deck, 6, 3, NOW);
    expect(log).toHaveLength(600 * 6);
    expect(Object.keys(progress)).toHaveLength(600);
    expect(log.every((e, i) => e.at <= NOW && (i === 0 || log[i - 1].at <= e.at))).toBe(true);
    expect(new Set(log.map((e) => e.origin))).toEqual(new Set(['review', 'quiz']));

    const options = schedulerOptionsFrom(defaultStudySettings, true);
    const byCard = new Map<string, ReviewEntry[]>();
    for (const entry of log) byCard.set(entry.cardId, [...(byCard.get(entry.cardId) ?? []), entry]);
    for (const card of deck.cards) {
      const entries = byCard.get(card.id)!;
      let state = newSchedulingState(entries[0].at);
      for (const entry of entries) {
        const result = gradeCard(state, entry.rating, entry.at, options);
        expect(result.entryStateBefore).toBe(entry.stateBefore);
        state = result.next;
      }
      expect(state).toEqual(progress[card.id].scheduling);
    }
  });
});
