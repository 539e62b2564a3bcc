import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import { scopeLabel } from '../../src/components/scope-label';
import type { Deck } from '../../src/domain/deck';

const deck: Deck = builtDeck;

describe('scope label', () => {
  it('names a part of the real notes for lists and menus, or null when the deck has no such part', () => {
    expect(scopeLabel(deck, { kind: 'deck' })).toBe('All chapters');
    expect(scopeLabel(deck, { kind: 'chapter', chapterId: 'kubernetes-architecture' })).toBe('Chapter 3: Kubernetes Architecture');
    expect(scopeLabel(deck, { kind: 'section', sectionId: 'kubernetes-architecture/networking-challenges' })).toBe('Chapter 3 › Networking Challenges');
    expect(scopeLabel(deck, { kind: 'cards', cardIds: ['kubernetes-architecture/definition/kubelet', 'nope'] })).toBe('1 selected card');
    expect(scopeLabel(deck, { kind: 'chapter', chapterId: 'nope' })).toBeNull();
    expect(scopeLabel(deck, { kind: 'cards', cardIds: ['nope'] })).toBeNull();
  });
});
