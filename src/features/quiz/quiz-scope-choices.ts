// The parts of the deck the quiz set-up form offers. The choices are groups of options so more kinds of scope fit in
// later.
import { chapterLabel, scopeLabel } from '../../components/scope-label';
import type { Deck } from '../../domain/deck';
import { scopeKey, type StudyScope } from '../../domain/study-scope';

export interface ScopeOption {
  key: string;
  label: string;
  scope: StudyScope;
}

export interface ScopeGroup {
  /** null for options shown outside any group. */
  label: string | null;
  options: ScopeOption[];
}

const option = (deck: Deck, scope: StudyScope, label = scopeLabel(deck, scope) ?? ''): ScopeOption => ({ key: scopeKey(scope), label, scope });

/**
 * The scopes the set-up form offers: the whole deck, then each chapter with notes and its sections that have
 * cards. A scope that came with the link (selected cards) leads the list.
 */
export function scopeChoices(deck: Deck, linked: StudyScope | null): ScopeGroup[] {
  const top: ScopeOption[] = [option(deck, { kind: 'deck' })];
  if (linked?.kind === 'cards' && scopeLabel(deck, linked) !== null) top.unshift(option(deck, linked));
  const chapterIds = new Set(deck.cards.map((card) => card.chapterId));
  const sectionIds = new Set(deck.cards.map((card) => card.sectionId));
  const chapters = [...deck.chapters]
    .sort((a, b) => a.order - b.order)
    .filter((chapter) => chapterIds.has(chapter.id))
    .map((chapter): ScopeGroup => ({
      label: chapterLabel(chapter),
      options: [
        option(deck, { kind: 'chapter', chapterId: chapter.id }, `All of chapter ${chapter.order}`),
        ...chapter.sections
          .filter((section) => sectionIds.has(section.id))
          .map((section) => option(deck, { kind: 'section', sectionId: section.id }, section.title)),
      ],
    }));
  return [{ label: null, options: top }, ...chapters];
}
