// One card: the front (what is asked), and after "Show answer" the back (the answer, its details, where it is
// in the notes). For a cloze card the back is the sentence itself, with the hidden part revealed.
import { Link } from 'wouter';
import type { Card, Chapter, Deck } from '../../domain/deck';
import { AnswerDetails } from '../../components/answer-details';
import { chapterLabel, sectionLabel } from '../../components/scope-label';
import { paths } from '../../config/paths';
import { kindLabel, promptParts, revealCloze, taskText, type TextPart } from './review-text';

export const PROMPT_ID = 'review-prompt';

// Long prompts (a reverse card shows a whole definition) are set smaller, so the card stays readable.
const LONG_PROMPT = 90;

function Parts({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    !part.marked ? (
      part.text
    ) : part.text === '[…]' ? (
      <span key={index} className="review-blank">
        <span aria-hidden="true">[…]</span>
        <span className="visually-hidden">blank</span>
      </span>
    ) : (
      <mark key={index}>{part.text}</mark>
    ),
  );
}

function Answer({ card }: { card: Card }) {
  switch (card.kind) {
    case 'enumeration':
      return (
        <ol className="review-items">
          {(card.items ?? []).map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ol>
      );
    case 'cloze':
      // The revealed sentence stands in for the prompt.
      return null;
    default:
      return <p className={card.kind === 'definition' && card.reverse ? 'review-answer is-term' : 'review-answer'}>{card.answer}</p>;
  }
}

function sourceTitle(card: Card, chapter: Chapter): string {
  const section = chapter.sections.find((candidate) => candidate.id === card.sectionId);
  return section ? sectionLabel(chapter, section) : chapterLabel(chapter);
}

function Source({ card, chapter }: { card: Card; chapter: Chapter | undefined }) {
  return (
    <p className="review-source">
      <span className="review-source-label">From your notes</span>
      {chapter && (
        <Link href={paths.chapter.sourceHref(card)} className="review-source-link">
          {sourceTitle(card, chapter)}
        </Link>
      )}
      <code>{`${card.source.file}:${card.source.line}`}</code>
    </p>
  );
}

interface ReviewCardProps {
  deck: Deck;
  card: Card;
  side: 'front' | 'back';
}

export function ReviewCard({ deck, card, side }: ReviewCardProps) {
  const chapter = deck.chapters.find((candidate) => candidate.id === card.chapterId);
  const showsBack = side === 'back';
  const revealsCloze = showsBack && card.kind === 'cloze' && card.context !== null;
  const promptClass = card.prompt.length > LONG_PROMPT ? 'review-prompt is-long' : 'review-prompt';
  return (
    <article className={`review-card review-card-${card.kind}`} aria-labelledby={PROMPT_ID}>
      <p className="review-card-meta">
        <span className="review-kind">{kindLabel(card)}</span>
        {chapter && <span className="review-card-chapter">Chapter {chapter.order}</span>}
      </p>
      <h2 id={PROMPT_ID} className={promptClass}>
        <Parts parts={revealsCloze ? revealCloze(card.prompt, card.context!, card.answer) : promptParts(card.prompt)} />
      </h2>
      {!revealsCloze && <p className="review-task">{taskText(card)}</p>}
      {showsBack && (
        <section className="review-back" aria-label="Answer">
          <Answer card={card} />
          <AnswerDetails details={card.details} />
          <Source card={card} chapter={chapter} />
        </section>
      )}
    </article>
  );
}
