// "See in notes": where a question's card sits in the notes, as a link to its section (or its chapter).
import { chapterLabel, sectionLabel } from '../../components/scope-label';
import type { Deck } from '../../domain/deck';
import { paths } from '../../config/paths';

export interface SourceLink {
  href: string;
  label: string;
}

export function sourceLink(deck: Deck, place: { chapterId: string; sectionId: string | null }): SourceLink | null {
  const chapter = deck.chapters.find((candidate) => candidate.id === place.chapterId);
  if (!chapter) return null;
  const section = chapter.sections.find((candidate) => candidate.id === place.sectionId);
  return section
    ? { href: paths.chapter.href(chapter.id, { sectionId: section.id }), label: sectionLabel(chapter, section) }
    : { href: paths.chapter.href(chapter.id), label: chapterLabel(chapter) };
}
