// One weak section: where it is, why it is weak in words, its weakest cards, and the ways to work on them now.
import { Link } from 'wouter';
import type { WeakTopic } from '../../domain/weak-topics';
import { plural } from '../../components/card-counts';
import { paths } from '../../config/paths';
import { chapterLabel, nameOfCard, reasonsSentence, topicTitle, type DeckIndex } from './weak-topic-text';

interface WeakTopicRowProps {
  topic: WeakTopic;
  index: DeckIndex;
}

export function WeakTopicRow({ topic, index }: WeakTopicRowProps) {
  const title = topicTitle(index, topic.sectionId);
  const titleId = `weak-${topic.sectionId ?? `${topic.chapterId}-other`}`;
  const nameOf = (cardId: string) => nameOfCard(index, cardId);
  const cards = topic.weakestCardIds;
  return (
    <li className="weak-topic" aria-labelledby={titleId}>
      <p className="eyebrow">{chapterLabel(index, topic.chapterId)}</p>
      <h3 id={titleId} className="weak-topic-title">
        <Link href={paths.chapter.href(topic.chapterId, { sectionId: topic.sectionId })}>{title}</Link>
      </h3>
      <p className="weak-topic-reasons">{reasonsSentence(topic.reasons, nameOf)}</p>
      <p className="weak-topic-figures">
        {topic.studied} of {plural(topic.cards, 'card')} studied
        {cards.length > 0 && (
          <>
            {' · '}weakest: {cards.map(nameOf).join(', ')}
          </>
        )}
      </p>
      {cards.length > 0 && (
        <div className="actions weak-topic-actions">
          <Link href={paths.review.customHref(cards)} className="button button-primary">
            Review these now ({cards.length})<span className="visually-hidden">: {title}</span>
          </Link>
          <Link href={paths.quiz.href({ kind: 'cards', cardIds: cards })} className="button">
            Quiz me on these<span className="visually-hidden">: {title}</span>
          </Link>
        </div>
      )}
    </li>
  );
}
