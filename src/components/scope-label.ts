// How parts of the deck are named on screen: a chapter, a section, a study scope (the quiz set-up, the review's
// other scopes, quiz history).
import type { Chapter, Deck, Section } from '../domain/deck';
import { scopeTarget, type StudyScope } from '../domain/study-scope';
import { plural } from './card-counts';

export const chapterLabel = (chapter: Pick<Chapter, 'order' | 'title'>) => `Chapter ${chapter.order}: ${chapter.title}`;
export const sectionLabel = (chapter: Pick<Chapter, 'order'>, section: Pick<Section, 'title'>) => `Chapter ${chapter.order} › ${section.title}`;

/** "All chapters", "Chapter 3: Kubernetes Architecture", "Chapter 3 › Networking Challenges", "2 selected cards"; null when the deck lacks it. */
export function scopeLabel(deck: Deck, scope: StudyScope): string | null {
  const target = scopeTarget(deck, scope);
  switch (target?.kind) {
    case undefined:
      return null;
    case 'deck':
      return 'All chapters';
    case 'chapter':
      return chapterLabel(target.chapter);
    case 'section':
      return sectionLabel(target.chapter, target.section);
    case 'cards':
      return plural(target.count, 'selected card');
  }
}
