// Which cards a review covers, read from the route's query (`#/review?chapter=…`, `?section=…`, `?cards=a,b`),
// how it is named on screen, and the links that lead back to a scope.
import type { Chapter, Deck, Section } from '../../domain/deck';
import type { ReviewScope } from '../../domain/review-queue';

export const SCOPE_PARAMS = { chapter: 'chapter', section: 'section', cards: 'cards' } as const;

export function scopeFromQuery(params: URLSearchParams): ReviewScope {
  const chapterId = params.get(SCOPE_PARAMS.chapter);
  if (chapterId) return { kind: 'chapter', chapterId };
  const sectionId = params.get(SCOPE_PARAMS.section);
  if (sectionId) return { kind: 'section', sectionId };
  const cardIds = (params.get(SCOPE_PARAMS.cards) ?? '').split(',').filter((id) => id !== '');
  if (cardIds.length > 0) return { kind: 'cards', cardIds };
  return { kind: 'deck' };
}

// A slash is valid in a query, and keeping it makes `?section=chapter/slug` readable.
const encodeQueryValue = (value: string) => encodeURIComponent(value).replaceAll('%2F', '/');

function scopeQuery(scope: ReviewScope): string {
  switch (scope.kind) {
    case 'deck':
      return '';
    case 'chapter':
      return `?${SCOPE_PARAMS.chapter}=${encodeQueryValue(scope.chapterId)}`;
    case 'section':
      return `?${SCOPE_PARAMS.section}=${encodeQueryValue(scope.sectionId)}`;
    case 'cards':
      return `?${SCOPE_PARAMS.cards}=${scope.cardIds.map(encodeQueryValue).join(',')}`;
  }
}

export const reviewPath = (scope: ReviewScope) => `/review${scopeQuery(scope)}`;

/** The quiz screen reads the same query parameters. */
export const quizPath = (scope: ReviewScope) => `/quiz${scopeQuery(scope)}`;

/** Identifies a scope: a new scope starts a new session. */
export const scopeKey = (scope: ReviewScope) => scopeQuery(scope) || 'deck';

export interface ScopeDescription {
  /** Small line above the title: "Review · Chapter 3". */
  eyebrow: string;
  title: string;
  /** False when the query names a chapter, section or cards the deck does not have. */
  known: boolean;
}

export function sectionById(deck: Deck, sectionId: string): { chapter: Chapter; section: Section } | null {
  for (const chapter of deck.chapters) {
    const section = chapter.sections.find((candidate) => candidate.id === sectionId);
    if (section) return { chapter, section };
  }
  return null;
}

export function describeScope(deck: Deck, scope: ReviewScope): ScopeDescription {
  switch (scope.kind) {
    case 'deck':
      return { eyebrow: 'Review · all chapters', title: deck.title, known: true };
    case 'chapter': {
      const chapter = deck.chapters.find((candidate) => candidate.id === scope.chapterId);
      if (!chapter) return { eyebrow: 'Review', title: 'Chapter not found', known: false };
      return { eyebrow: `Review · Chapter ${chapter.order}`, title: chapter.title, known: true };
    }
    case 'section': {
      const found = sectionById(deck, scope.sectionId);
      if (!found) return { eyebrow: 'Review', title: 'Section not found', known: false };
      return { eyebrow: `Review · Chapter ${found.chapter.order}: ${found.chapter.title}`, title: found.section.title, known: true };
    }
    case 'cards': {
      const wanted = new Set(scope.cardIds);
      const count = deck.cards.filter((card) => wanted.has(card.id)).length;
      if (count === 0) return { eyebrow: 'Review', title: 'Cards not found', known: false };
      return { eyebrow: 'Review · selected cards', title: count === 1 ? '1 selected card' : `${count} selected cards`, known: true };
    }
  }
}
