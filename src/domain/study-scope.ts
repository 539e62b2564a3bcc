// Which part of a deck a review or a quiz covers: all of it, a chapter, a section, or chosen cards.
import type { Card, Chapter, Deck, Section } from './deck';

export type StudyScope =
  { kind: 'deck' } | { kind: 'chapter'; chapterId: string } | { kind: 'section'; sectionId: string } | { kind: 'cards'; cardIds: string[] };

export const WHOLE_DECK: StudyScope = { kind: 'deck' };

/** Identifies a scope (a form value, a React key): `deck`, `chapter:<id>`, `section:<id>`, `cards:<id>,<id>`. */
export function scopeKey(scope: StudyScope): string {
  switch (scope.kind) {
    case 'deck':
      return 'deck';
    case 'chapter':
      return `chapter:${scope.chapterId}`;
    case 'section':
      return `section:${scope.sectionId}`;
    case 'cards':
      return `cards:${scope.cardIds.join(',')}`;
  }
}

/** Whether a card is in the scope; make it once per scope and use it for many cards. */
export function scopeFilter(scope: StudyScope): (card: Card) => boolean {
  switch (scope.kind) {
    case 'deck':
      return () => true;
    case 'chapter':
      return (card) => card.chapterId === scope.chapterId;
    case 'section':
      return (card) => card.sectionId === scope.sectionId;
    case 'cards': {
      const wanted = new Set(scope.cardIds);
      return (card) => wanted.has(card.id);
    }
  }
}

export function cardsInScope(deck: Deck, scope: StudyScope): Card[] {
  return deck.cards.filter(scopeFilter(scope));
}

export function findSection(deck: Deck, sectionId: string): { chapter: Chapter; section: Section } | null {
  for (const chapter of deck.chapters) {
    const section = chapter.sections.find((candidate) => candidate.id === sectionId);
    if (section) return { chapter, section };
  }
  return null;
}

/** What a scope names in the deck, for screens to describe it; null when the deck has no such part. */
export type ScopeTarget =
  { kind: 'deck' } | { kind: 'chapter'; chapter: Chapter } | { kind: 'section'; chapter: Chapter; section: Section } | { kind: 'cards'; count: number };

export function scopeTarget(deck: Deck, scope: StudyScope): ScopeTarget | null {
  switch (scope.kind) {
    case 'deck':
      return { kind: 'deck' };
    case 'chapter': {
      const chapter = deck.chapters.find((candidate) => candidate.id === scope.chapterId);
      return chapter ? { kind: 'chapter', chapter } : null;
    }
    case 'section': {
      const found = findSection(deck, scope.sectionId);
      return found ? { kind: 'section', ...found } : null;
    }
    case 'cards': {
      const count = cardsInScope(deck, scope).length;
      return count > 0 ? { kind: 'cards', count } : null;
    }
  }
}
