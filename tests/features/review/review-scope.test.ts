import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import type { ReviewScope } from '../../../src/domain/review-queue';
import { describeScope, quizPath, reviewPath, scopeFromQuery } from '../../../src/features/review/review-scope';

const deck: Deck = builtDeck;
const queryOf = (path: string) => new URLSearchParams(path.split('?')[1] ?? '');

describe('review scope in the query', () => {
  it('reads the whole deck, a chapter, a section or cards, and writes them back', () => {
    const scopes: ReviewScope[] = [
      { kind: 'deck' },
      { kind: 'chapter', chapterId: 'kubernetes-architecture' },
      { kind: 'section', sectionId: 'kubernetes-architecture/networking-challenges' },
      { kind: 'cards', cardIds: ['kubernetes-architecture/definition/kubelet', 'kubernetes-architecture/definition/pod'] },
    ];
    for (const scope of scopes) expect(scopeFromQuery(queryOf(reviewPath(scope)))).toEqual(scope);
    expect(reviewPath(scopes[2]!)).toBe('/review?section=kubernetes-architecture/networking-challenges');
    expect(quizPath(scopes[1]!)).toBe('/quiz?chapter=kubernetes-architecture');
  });

  it('names a scope after the chapter or section of the real notes', () => {
    expect(describeScope(deck, { kind: 'deck' })).toEqual({ eyebrow: 'Review · all chapters', title: 'Kubernetes', known: true });
    expect(describeScope(deck, { kind: 'chapter', chapterId: 'kubernetes-architecture' })).toEqual({ eyebrow: 'Review · Chapter 3', title: 'Kubernetes Architecture', known: true });
    const section = deck.chapters[2]!.sections.find((candidate) => candidate.title === 'Networking Challenges')!;
    expect(describeScope(deck, { kind: 'section', sectionId: section.id })).toEqual({
      eyebrow: 'Review · Chapter 3: Kubernetes Architecture',
      title: 'Networking Challenges',
      known: true,
    });
    expect(describeScope(deck, { kind: 'section', sectionId: 'gone/section' }).known).toBe(false);
    expect(describeScope(deck, { kind: 'cards', cardIds: ['no/such/card'] }).known).toBe(false);
  });
});
