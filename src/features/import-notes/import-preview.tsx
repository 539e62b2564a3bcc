// The cards the notes make, by chapter and section, with counts by kind. Reverse cards (answer → term) are counted
// but not listed: each is its forward card asked the other way. Everything from the notes is a React text node.
// A big import lists its first chapters' cards; each further chapter lists its own on request, so the preview of a
// file with tens of thousands of cards draws at once.
import { useId, useMemo, useState } from 'react';
import type { Card, CardKind, Chapter, Deck } from '../../domain/deck';
import { cardsByChapter } from '../../domain/deck-outline';
import { plural } from '../../components/card-counts';

/** Cards listed without asking, chapter by chapter, before the remaining chapters wait for a click. */
export const PREVIEW_CARD_BUDGET = 400;

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
      <span className="preview-kind">{KIND_LABELS[card.kind]}</span> <span className="preview-prompt">{card.prompt}</span>{' '}
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

function ChapterCards({ chapter, forward }: { chapter: Chapter; forward: readonly Card[] }) {
  const bySection = new Map<string | null, Card[]>();
  for (const card of forward) {
    const group = bySection.get(card.sectionId);
    if (group) group.push(card);
    else bySection.set(card.sectionId, [card]);
  }
  const outsideSections = bySection.get(null) ?? [];
  const sections = chapter.sections.flatMap((section) => {
    const cards = bySection.get(section.id);
    return cards ? [{ section, cards }] : [];
  });
  return (
    <>
      {outsideSections.length > 0 && <CardList cards={outsideSections} label={chapter.title} />}
      {sections.map(({ section, cards: sectionCards }) => (
        <div key={section.id} className="preview-section">
          <h4>{section.title}</h4>
          <CardList cards={sectionCards} label={section.title} />
        </div>
      ))}
    </>
  );
}

function ChapterPreview({ chapter, cards, listed }: { chapter: Chapter; cards: readonly Card[]; listed: boolean }) {
  const titleId = useId();
  const [shown, setShown] = useState(listed);
  const forward = useMemo(() => cards.filter((card) => !card.reverse), [cards]);
  return (
    <section className="preview-chapter" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Chapter {chapter.order}: {chapter.title}
      </h3>
      <p className="preview-chapter-count">{chapter.empty ? 'No notes yet' : plural(cards.length, 'card')}</p>
      {shown ? (
        <ChapterCards chapter={chapter} forward={forward} />
      ) : (
        <button type="button" className="button" onClick={() => setShown(true)} aria-describedby={titleId}>
          Show its {plural(forward.length, 'card')}
        </button>
      )}
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
      <p className="small-note">
        {plural(cards.length, 'card')} in all
        {counts.reverse > 0 ? `, including ${plural(counts.reverse, 'reverse card')} (from the answer back to the term)` : ''}.
      </p>
    </div>
  );
}

export function ImportPreview({ deck }: { deck: Deck }) {
  const chapters = useMemo(() => {
    const byChapter = cardsByChapter(deck);
    let budget = PREVIEW_CARD_BUDGET;
    return [...deck.chapters]
      .sort((a, b) => a.order - b.order)
      .map((chapter) => {
        const cards = byChapter.get(chapter.id) ?? [];
        const listed = cards.length <= budget;
        if (listed) budget = Math.max(0, budget - cards.length);
        return { chapter, cards, listed };
      });
  }, [deck]);
  return (
    <div className="import-preview">
      {chapters.map(({ chapter, cards, listed }) => (
        <ChapterPreview key={chapter.id} chapter={chapter} cards={cards} listed={listed} />
      ))}
    </div>
  );
}
