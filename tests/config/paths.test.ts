import { describe, expect, it } from 'vitest';
import { customCardIdsFrom, notesPlaceFromQuery, paths, queryNamesScope, scopeFromQuery } from '../../src/config/paths';
import type { StudyScope } from '../../src/domain/study-scope';

const queryOf = (href: string) => new URLSearchParams(href.split('?')[1] ?? '');

const KUBELET = 'kubernetes-architecture/definition/kubelet';
const POD = 'kubernetes-architecture/definition/pod';

describe('review and quiz links', () => {
  const scopes: StudyScope[] = [
    { kind: 'deck' },
    { kind: 'chapter', chapterId: 'kubernetes-architecture' },
    { kind: 'section', sectionId: 'kubernetes-architecture/networking-challenges' },
    { kind: 'cards', cardIds: [KUBELET, POD] },
  ];

  it('write a scope into the query that both screens read back', () => {
    for (const scope of scopes) {
      expect(scopeFromQuery(queryOf(paths.review.href(scope)))).toEqual(scope);
      expect(scopeFromQuery(queryOf(paths.quiz.href(scope)))).toEqual(scope);
    }
  });

  it('keep slashes and commas readable, and encode what a query cannot hold', () => {
    expect(paths.review.href()).toBe('/review');
    expect(paths.review.href(scopes[1]!)).toBe('/review?chapter=kubernetes-architecture');
    expect(paths.review.href(scopes[2]!)).toBe('/review?section=kubernetes-architecture/networking-challenges');
    expect(paths.quiz.href(scopes[3]!)).toBe(`/quiz?cards=${KUBELET},${POD}`);
    expect(paths.quiz.href({ kind: 'cards', cardIds: ['a&b', 'c,d'] })).toBe('/quiz?cards=a%26b,c%2Cd');
  });

  it('read the whole deck when the query names no part, or an empty list of cards', () => {
    expect(scopeFromQuery(new URLSearchParams(''))).toEqual({ kind: 'deck' });
    expect(scopeFromQuery(new URLSearchParams('cards='))).toEqual({ kind: 'deck' });
    expect(scopeFromQuery(new URLSearchParams('cards=a,,b'))).toEqual({ kind: 'cards', cardIds: ['a', 'b'] });
  });

  it('make a custom review session of listed cards with custom=1, and only then', () => {
    expect(paths.review.customHref([POD, KUBELET])).toBe(`/review?cards=${POD},${KUBELET}&custom=1`);
    expect(customCardIdsFrom(queryOf(paths.review.customHref([POD, KUBELET])))).toEqual([POD, KUBELET]);
    expect(customCardIdsFrom(queryOf(paths.review.href({ kind: 'cards', cardIds: [POD] })))).toBeNull();
    expect(customCardIdsFrom(new URLSearchParams('section=x&custom=1'))).toBeNull();
  });
});

describe('links into the notes', () => {
  it('open a chapter, a section, a card’s source line or a line', () => {
    expect(paths.chapter.href('kubernetes-architecture')).toBe('/chapters/kubernetes-architecture');
    expect(paths.chapter.href('kubernetes-architecture', { sectionId: 'kubernetes-architecture/networking-challenges' })).toBe(
      '/chapters/kubernetes-architecture?section=kubernetes-architecture/networking-challenges',
    );
    expect(paths.chapter.sourceHref({ chapterId: 'kubernetes-architecture', sectionId: null, id: KUBELET })).toBe(
      `/chapters/kubernetes-architecture?card=${KUBELET}`,
    );
    expect(paths.chapter.href('a b', { sectionId: 'a b/c', line: 12 })).toBe('/chapters/a%20b?section=a%20b/c&line=12');
  });

  it('are read back as the place they name; a line that is not a whole number from 1 is none', () => {
    const href = paths.chapter.sourceHref({ chapterId: 'kubernetes-architecture', sectionId: 'kubernetes-architecture/x', id: KUBELET });
    expect(notesPlaceFromQuery(queryOf(href))).toEqual({ sectionId: 'kubernetes-architecture/x', cardId: KUBELET, line: null });
    expect(notesPlaceFromQuery(new URLSearchParams('line=7'))).toEqual({ sectionId: null, cardId: null, line: 7 });
    for (const line of ['0', '-3', '2.5', 'x']) expect(notesPlaceFromQuery(new URLSearchParams(`line=${line}`)).line).toBeNull();
  });
});

describe('screens', () => {
  it('have one pattern for the route table and a link to each', () => {
    expect(Object.values(paths).map((route) => route.path)).toEqual([
      '/',
      '/review',
      '/quiz',
      '/quiz/results/:quizId',
      '/chapters/:chapterId',
      '/weak',
      '/stats',
      '/cards',
      '/settings',
      '/decks',
      '/import',
      '/data',
    ]);
    expect(paths.weakTopics.href()).toBe('/weak');
    expect(paths.cards.href()).toBe('/cards');
  });

  it('give each finished quiz its results page', () => {
    expect(paths.quizResults.href('quiz-mh3v-1a2b')).toBe('/quiz/results/quiz-mh3v-1a2b');
    expect(paths.quizResults.href('a b/c')).toBe('/quiz/results/a%20b%2Fc');
  });

  it('tell a link that names a part of the deck from a plain one', () => {
    expect(queryNamesScope(new URLSearchParams(''))).toBe(false);
    expect(queryNamesScope(new URLSearchParams('chapter=kubernetes'))).toBe(true);
    expect(queryNamesScope(new URLSearchParams('section=a/b'))).toBe(true);
    expect(queryNamesScope(new URLSearchParams('cards=a,b'))).toBe(true);
  });
});
