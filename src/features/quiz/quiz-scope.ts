// Which part of the deck a quiz draws from: read from the route's query (`#/quiz?chapter=…`, `?section=…`,
// `?cards=a,b`, the links the notes, review and weak-topics screens make), named for the set-up form and the
// history, and offered as choices. The choices are groups of options so more kinds of scope fit in later.
import type { Deck } from '../../domain/deck';
import type { QuizScope } from '../../domain/quiz-types';

export const SCOPE_PARAMS = { chapter: 'chapter', section: 'section', cards: 'cards' } as const;

export function scopeFromQuery(params: URLSearchParams): QuizScope {
  const chapterId = params.get(SCOPE_PARAMS.chapter);
  if (chapterId) return { kind: 'chapter', chapterId };
  const sectionId = params.get(SCOPE_PARAMS.section);
  if (sectionId) return { kind: 'section', sectionId };
  const cardIds = (params.get(SCOPE_PARAMS.cards) ?? '').split(',').filter((id) => id !== '');
  if (cardIds.length > 0) return { kind: 'cards', cardIds };
  return { kind: 'deck' };
}

/** Identifies a scope (a form value, a React key). */
export function scopeKey(scope: QuizScope): string {
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

const chapterTitle = (order: number, title: string) => `Chapter ${order}: ${title}`;

/** What the learner reads for a scope ("Chapter 3: Kubernetes Architecture"); null when the deck lacks it. */
export function scopeLabel(deck: Deck, scope: QuizScope): string | null {
  switch (scope.kind) {
    case 'deck':
      return 'All chapters';
    case 'chapter': {
      const chapter = deck.chapters.find((candidate) => candidate.id === scope.chapterId);
      return chapter ? chapterTitle(chapter.order, chapter.title) : null;
    }
    case 'section': {
      for (const chapter of deck.chapters) {
        const section = chapter.sections.find((candidate) => candidate.id === scope.sectionId);
        if (section) return `Chapter ${chapter.order} › ${section.title}`;
      }
      return null;
    }
    case 'cards': {
      const count = cardsInScope(deck, scope).length;
      if (count === 0) return null;
      return count === 1 ? '1 selected card' : `${count} selected cards`;
    }
  }
}

export function cardsInScope(deck: Deck, scope: QuizScope) {
  switch (scope.kind) {
    case 'deck':
      return deck.cards;
    case 'chapter':
      return deck.cards.filter((card) => card.chapterId === scope.chapterId);
    case 'section':
      return deck.cards.filter((card) => card.sectionId === scope.sectionId);
    case 'cards': {
      const wanted = new Set(scope.cardIds);
      return deck.cards.filter((card) => wanted.has(card.id));
    }
  }
}

export interface ScopeOption {
  key: string;
  label: string;
  scope: QuizScope;
}

export interface ScopeGroup {
  /** null for options shown outside any group. */
  label: string | null;
  options: ScopeOption[];
}

const option = (deck: Deck, scope: QuizScope, label = scopeLabel(deck, scope) ?? ''): ScopeOption => ({ key: scopeKey(scope), label, scope });

/**
 * The scopes the set-up form offers: the whole deck, then each chapter with notes and its sections that have
 * cards. A scope that came with the link (selected cards) leads the list.
 */
export function scopeChoices(deck: Deck, linked: QuizScope | null): ScopeGroup[] {
  const top: ScopeOption[] = [option(deck, { kind: 'deck' })];
  if (linked?.kind === 'cards' && scopeLabel(deck, linked) !== null) top.unshift(option(deck, linked));
  const chapterIds = new Set(deck.cards.map((card) => card.chapterId));
  const sectionIds = new Set(deck.cards.map((card) => card.sectionId));
  const chapters = [...deck.chapters]
    .sort((a, b) => a.order - b.order)
    .filter((chapter) => chapterIds.has(chapter.id))
    .map((chapter): ScopeGroup => ({
      label: chapterTitle(chapter.order, chapter.title),
      options: [
        option(deck, { kind: 'chapter', chapterId: chapter.id }, `All of chapter ${chapter.order}`),
        ...chapter.sections
          .filter((section) => sectionIds.has(section.id))
          .map((section) => option(deck, { kind: 'section', sectionId: section.id }, section.title)),
      ],
    }));
  return [{ label: null, options: top }, ...chapters];
}
