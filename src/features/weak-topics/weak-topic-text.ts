// Weak topics in words: why a section is weak ("3 lapses, 41% predicted recall, Kubelet confused with Kube-proxy
// twice, missed in 2 quizzes this week") and where it is in the deck.
import type { Card, Chapter, Deck, Section } from '../../domain/deck';
import type { WeaknessReason } from '../../domain/weak-topics';
import { plural } from '../../components/card-counts';
import { cardName, percentText } from '../../components/card-name';
import { chapterLabel as chapterLabelOf } from '../../components/scope-label';

/** "once", "twice", "3 times". */
export function timesText(count: number): string {
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

function windowText(windowDays: number): string {
  return windowDays === 7 ? 'this week' : `in the last ${windowDays} days`;
}

export function reasonText(reason: WeaknessReason, nameOf: (cardId: string) => string): string {
  switch (reason.kind) {
    case 'low-recall':
      return `${percentText(reason.averageRecall)} predicted recall`;
    case 'lapses':
      return plural(reason.lapses, 'lapse');
    case 'quiz-misses':
      return `missed in ${plural(reason.quizzes, 'quiz', 'quizzes')} ${windowText(reason.windowDays)}`;
    case 'confusions': {
      const pair = `${nameOf(reason.cardId)} confused with ${nameOf(reason.confusedWithCardId)} ${timesText(reason.count)}`;
      return reason.confusions > reason.count ? `${pair} (${plural(reason.confusions, 'confusion')} in all)` : pair;
    }
  }
}

/** The reasons in one line, strongest first, starting with a capital. */
export function reasonsSentence(reasons: readonly WeaknessReason[], nameOf: (cardId: string) => string): string {
  const text = reasons.map((reason) => reasonText(reason, nameOf)).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface DeckIndex {
  cards: Map<string, Card>;
  chapters: Map<string, Chapter>;
  sections: Map<string, Section>;
}

export function indexDeck(deck: Pick<Deck, 'chapters' | 'cards'>): DeckIndex {
  return {
    cards: new Map(deck.cards.map((card) => [card.id, card])),
    chapters: new Map(deck.chapters.map((chapter) => [chapter.id, chapter])),
    sections: new Map(deck.chapters.flatMap((chapter) => chapter.sections.map((section) => [section.id, section] as const))),
  };
}

export function nameOfCard(index: DeckIndex, cardId: string): string {
  const card = index.cards.get(cardId);
  return card ? cardName(card) : cardId;
}

/** A section's title; cards outside any section are the chapter's "Other notes", as on the notes screen. */
export function topicTitle(index: DeckIndex, sectionId: string | null): string {
  return (sectionId === null ? undefined : index.sections.get(sectionId)?.title) ?? 'Other notes';
}

export function chapterLabel(index: DeckIndex, chapterId: string): string {
  const chapter = index.chapters.get(chapterId);
  return chapter ? chapterLabelOf(chapter) : chapterId;
}
