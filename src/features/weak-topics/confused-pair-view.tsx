// Two notes the learner has taken for each other, side by side, so the difference can be read at a glance.
import { Link } from 'wouter';
import type { Card } from '../../domain/deck';
import type { ConfusedPair } from '../../domain/weak-topics';
import { cardName } from '../../components/card-name';
import { paths } from '../../config/paths';
import { chapterLabel, timesText, topicTitle, type DeckIndex } from './weak-topic-text';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

function PairSide({ card, index }: { card: Card; index: DeckIndex }) {
  return (
    <div className="pair-side">
      <h4 className="pair-term">{cardName(card)}</h4>
      {card.items ? (
        <ol className="pair-items">
          {card.items.map((item, position) => (
            <li key={position}>{item}</li>
          ))}
        </ol>
      ) : (
        <p className="pair-answer">{card.answer}</p>
      )}
      <p className="pair-source">
        <Link href={paths.chapter.href(card.chapterId, { sectionId: card.sectionId })}>
          {chapterLabel(index, card.chapterId)} › {topicTitle(index, card.sectionId)}
        </Link>
      </p>
    </div>
  );
}

export function ConfusedPairView({ pair, index }: { pair: ConfusedPair; index: DeckIndex }) {
  const first = index.cards.get(pair.cardId);
  const second = index.cards.get(pair.otherCardId);
  if (!first || !second) return null;
  const title = `${cardName(first)} and ${cardName(second)}`;
  const titleId = `pair-${pair.cardId}-${pair.otherCardId}`;
  const cardIds = [first.id, second.id];
  return (
    <li className="confused-pair" aria-labelledby={titleId}>
      <h3 id={titleId} className="confused-pair-title">
        {title}
      </h3>
      <p className="confused-pair-meta">
        Confused {timesText(pair.count)}, last on {dateFormat.format(pair.lastAt)}
      </p>
      <div className="pair-sides">
        <PairSide card={first} index={index} />
        <PairSide card={second} index={index} />
      </div>
      <div className="actions">
        <Link href={paths.review.customHref(cardIds)} className="button">
          Review both now<span className="visually-hidden">: {title}</span>
        </Link>
        <Link href={paths.quiz.href({ kind: 'cards', cardIds })} className="button">
          Quiz me on both<span className="visually-hidden">: {title}</span>
        </Link>
      </div>
    </li>
  );
}
