import { describe, expect, it } from 'vitest';
import { countChapterCards, plural } from '../../src/components/card-counts';
import { countCards } from '../../src/domain/deck-outline';
import { makeCard, makeDefinition } from './deck-builders';

const chapterId = 'kubernetes-architecture';
const cards = [
  ...makeDefinition(chapterId, null, 'Kubelet', 'Agent that runs on each WN', 10),
  ...makeDefinition(chapterId, null, 'Pod', 'Scheduling unit', 12),
  makeCard({ kind: 'enumeration', chapterId, prompt: 'MN has following components', answer: 'API Server, Scheduler', items: ['API Server', 'Scheduler'] }),
  makeCard({ kind: 'question', chapterId, prompt: 'What runs on each WN?', answer: 'Kubelet' }),
  makeCard({ kind: 'cloze', chapterId, prompt: '[…] stores cluster state', answer: 'etcd', noteId: 'n1', id: 'c/cloze/x/c1' }),
  makeCard({ kind: 'cloze', chapterId, prompt: 'etcd stores […]', answer: 'cluster state', noteId: 'n1', id: 'c/cloze/x/c2' }),
  ...makeDefinition('kubernetes', null, 'Kubernetes', 'open-source system', 3),
];

describe('countCards', () => {
  it('counts concepts by kind, leaving reverse cards and extra cloze deletions out of the concepts', () => {
    expect(countChapterCards(cards, chapterId)).toEqual({ definitions: 2, lists: 1, other: 2, reverse: 2, cards: 8 });
  });

  it('counts every card of the deck when not filtered', () => {
    expect(countCards(cards)).toEqual({ definitions: 3, lists: 1, other: 2, reverse: 3, cards: 10 });
  });

  it('gives zeros for a chapter without cards', () => {
    expect(countChapterCards(cards, 'installing-kubernetes')).toEqual({ definitions: 0, lists: 0, other: 0, reverse: 0, cards: 0 });
  });
});

describe('plural', () => {
  it('uses the singular only for one', () => {
    expect([plural(0, 'card'), plural(1, 'card'), plural(2, 'card'), plural(2, 'entry', 'entries')]).toEqual(['0 cards', '1 card', '2 cards', '2 entries']);
  });
});
