// The cards the notes make, by chapter and section, with counts by kind. Reverse cards (answer → term) are counted
// but not listed: each is its forward card asked the other way. Everything from the notes is a React text node.
import { useId } from 'react';
import type { Card, CardKind, Chapter, Deck } from '../../domain/deck';
import { plural } from '../../components/card-counts';

export const KIND_LABELS: Record<CardKind, string> = {
  definition: 'Definition',
  enumeration: 'List',
  cloze: 'Cloze',
  question: 'Question',
};

const KIND_COUNT_LABELS: Array<[CardKind, string]> = [
  ['definition', 'Definitions'],
  ['enumeration', 'Lists'],
  ['cloze', 'Cloze'],
  ['question', 'Questions'],
];

export function countByKind(cards: readonly Card[]): Record<CardKind, number> & { reverse: number } {
  const counts = { definition: 0, enumeration: 0, cloze: 0, question: 0, reverse: 0 };
  for (const card of cards) {
    if (card.reverse) counts.reverse += 1;
    else counts[card.kind] += 1;
  }
  return counts;
}

export function PreviewCardLine({ card }: { card: Card }) {
  return (
    <>
      <span className="preview-kind">{KIND_LABELS[card.kind]}</span>{' '}
      <span className="preview-prompt">{card.prompt}</span>{' '}
      <span className="preview-arrow" aria-hidden="true">
        →
      </span>{' '}
      <span className="preview-answer">{card.answer}</span>
    </>
  );
}

function CardList({ cards, label }: { cards: readonly Card[]; label: string }) {
  return (
    <ul className="preview-cards" aria-label={label}>
      {cards.map((card) => (
        <li key={card.id}>
          <PreviewCardLine card={card} />
        </li>
      ))}
    </ul>
  );
}

function ChapterPreview({ chapter, cards }: { chapter: Chapter; cards: readonly Card[] }) {
  const titleId = useId();
  const forward = cards.filter((card) => !card.reverse);
  const outsideSections = forward.filter((card) => card.sectionId === null);
  const sections = chapter.sections
    .map((section) => ({ section, cards: forward.filter((card) => card.sectionId === section.id) }))
    .filter((group) => group.cards.length > 0);
  return (
    <section className="preview-chapter" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Chapter {chapter.order}: {chapter.title}
      </h3>
      <p className="preview-chapter-count">{chapter.empty ? 'No notes yet' : plural(cards.length, 'card')}</p>
      {outsideSections.length > 0 && <CardList cards={outsideSections} label={chapter.title} />}
      {sections.map(({ section, cards: sectionCards }) => (
        <div key={section.id} className="preview-section">
          <h4>{section.title}</h4>
          <CardList cards={sectionCards} label={section.title} />
        </div>
      ))}
    </section>
  );
}

export function KindCounts({ cards }: { cards: readonly Card[] }) {
  const counts = countByKind(cards);
  return (
    <div className="preview-counts">
      <dl className="counts preview-kind-counts">
        {KIND_COUNT_LABELS.map(([kind, label]) => (
          <div key={kind} className="count">
            <dt>{label}</dt>
            <dd>{counts[kind]}</dd>
          </div>
        ))}
      </dl>
      <p className="counts-note">
        {plural(cards.length, 'card')} in all
        {counts.reverse > 0 ? `, including ${plural(counts.reverse, 'reverse card')} (from the answer back to the term)` : ''}.
      </p>
    </div>
  );
}

export function ImportPreview({ deck }: { deck: Deck }) {
  const chapters = [...deck.chapters].sort((a, b) => a.order - b.order);
  return (
    <div className="import-preview">
      {chapters.map((chapter) => (
        <ChapterPreview key={chapter.id} chapter={chapter} cards={deck.cards.filter((card) => card.chapterId === chapter.id)} />
      ))}
    </div>
  );
}
