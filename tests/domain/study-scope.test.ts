import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/domain/deck';
import { cardsInScope, findSection, scopeKey, scopeTarget, type StudyScope } from '../../src/domain/study-scope';
import { buildDeck } from '../../src/pipeline/build-deck';
import { repoPath } from '../paths';

const deck: Deck = buildDeck([
  { path: 'content/03-kubernetes-architecture.md', text: readFileSync(repoPath('content/03-kubernetes-architecture.md'), 'utf8') },
]);
const KUBELET = 'kubernetes-architecture/definition/kubelet';

describe('study scope', () => {
  it('has one key per scope', () => {
    const scopes: StudyScope[] = [
      { kind: 'deck' },
      { kind: 'chapter', chapterId: 'kubernetes-architecture' },
      { kind: 'section', sectionId: 'kubernetes-architecture' },
      { kind: 'cards', cardIds: ['kubernetes-architecture'] },
    ];
    expect(scopes.map(scopeKey)).toEqual(['deck', 'chapter:kubernetes-architecture', 'section:kubernetes-architecture', 'cards:kubernetes-architecture']);
  });

  it('takes the cards of its chapter, section or list, in the deck’s order', () => {
    const networking = findSection(deck, 'kubernetes-architecture/networking-challenges')!;
    expect(networking.section.title).toBe('Networking Challenges');
    const inSection = cardsInScope(deck, { kind: 'section', sectionId: networking.section.id });
    expect(inSection.length).toBeGreaterThan(0);
    expect(inSection.every((card) => card.sectionId === networking.section.id)).toBe(true);
    expect(cardsInScope(deck, { kind: 'chapter', chapterId: 'kubernetes-architecture' })).toEqual(deck.cards);
    expect(cardsInScope(deck, { kind: 'chapter', chapterId: 'gone' })).toEqual([]);
    expect(cardsInScope(deck, { kind: 'cards', cardIds: ['gone', KUBELET] }).map((card) => card.id)).toEqual([KUBELET]);
  });

  it('names what it covers in the deck, or null when the deck has no such part', () => {
    expect(scopeTarget(deck, { kind: 'deck' })).toEqual({ kind: 'deck' });
    expect(scopeTarget(deck, { kind: 'chapter', chapterId: 'kubernetes-architecture' })).toEqual({ kind: 'chapter', chapter: deck.chapters[0] });
    expect(scopeTarget(deck, { kind: 'section', sectionId: 'kubernetes-architecture/networking-challenges' })).toMatchObject({
      kind: 'section',
      chapter: { id: 'kubernetes-architecture' },
      section: { title: 'Networking Challenges' },
    });
    expect(scopeTarget(deck, { kind: 'cards', cardIds: [KUBELET, KUBELET, 'gone'] })).toEqual({ kind: 'cards', count: 1 });
    expect(scopeTarget(deck, { kind: 'section', sectionId: 'gone' })).toBeNull();
    expect(scopeTarget(deck, { kind: 'cards', cardIds: ['gone'] })).toBeNull();
  });
});
