// Weak topics (`#/weak`): the sections most worth going back to, weakest first, each saying why in words, with a
// session or a quiz on exactly its weakest cards; the notes most often confused, side by side; and what is not
// started yet.
import { cardValue } from '../../domain/card-map';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useStore } from 'zustand';
import type { Deck } from '../../domain/deck';
import { cardCategory } from '../../domain/review-queue';
import type { NotStartedTopic } from '../../domain/weak-topics';
import { weakTopics } from '../../domain/weak-topics';
import { plural } from '../../components/card-counts';
import { PageTitle } from '../../components/page-title';
import { paths } from '../../config/paths';
import { selectQuizHistory, selectSettings } from '../../store/study-selectors';
import { useStudyStore, useDeckProgress, useDeckLog } from '../../store/study-store-context';
import { ConfusedPairView } from './confused-pair-view';
import { chapterLabel, indexDeck, topicTitle, type DeckIndex } from './weak-topic-text';
import { WeakTopicRow } from './weak-topic-row';
import { weakTopicsInput } from './weak-topics-input';
import './weak-topics.css';

interface WeakTopicsScreenProps {
  deck: Deck;
  clock?: () => number;
}

function NothingStudied() {
  return (
    <div className="empty-state">
      <h2>Nothing studied yet</h2>
      <p>Weak topics show up once you have reviewed some cards or taken a quiz: the sections you forget, miss or mix up most come first, with the reasons.</p>
      <div className="actions">
        <Link href={paths.review.href()} className="button button-primary">
          Start a review
        </Link>
      </div>
    </div>
  );
}

function NotStartedList({ topics, index }: { topics: NotStartedTopic[]; index: DeckIndex }) {
  return (
    <ul className="not-started-list">
      {topics.map((topic) => {
        const title = topicTitle(index, topic.sectionId);
        return (
          <li key={topic.sectionId ?? `${topic.chapterId}-other`} className="not-started">
            <div className="not-started-text">
              <Link href={paths.chapter.href(topic.chapterId, { sectionId: topic.sectionId })} className="not-started-title">
                {title}
              </Link>
              <span className="not-started-meta">
                {chapterLabel(index, topic.chapterId)} · {plural(topic.cards, 'card')}
              </span>
            </div>
            <Link
              href={
                topic.sectionId
                  ? paths.review.href({ kind: 'section', sectionId: topic.sectionId })
                  : paths.review.href({ kind: 'chapter', chapterId: topic.chapterId })
              }
              className="button"
            >
              Start<span className="visually-hidden">: {title}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function WeakTopicsScreen({ deck, clock = Date.now }: WeakTopicsScreenProps) {
  const store = useStudyStore();
  const progress = useDeckProgress(deck.id);
  const log = useDeckLog(deck.id);
  const history = useStore(store, selectQuizHistory);
  const settings = useStore(store, selectSettings);
  const index = useMemo(() => indexDeck(deck), [deck]);
  const topics = useMemo(
    () => weakTopics(weakTopicsInput(deck, { progress, log, history, settings }, clock())),
    [clock, deck, history, log, progress, settings],
  );
  const studiedAny = topics.confusedPairs.length > 0 || deck.cards.some((card) => cardCategory(cardValue(progress, card.id)) !== 'new');

  return (
    <div className="screen container narrow weak-topics-screen">
      <PageTitle title="Weak topics" />
      <div className="screen-header">
        <p className="eyebrow">{deck.title}</p>
        <h1>Weak topics</h1>
        <p className="lead">The sections most worth going back to, weakest first, and why.</p>
      </div>
      {!studiedAny ? (
        <NothingStudied />
      ) : (
        <>
          <section className="weak-block" aria-labelledby="weak-sections-title">
            <h2 id="weak-sections-title">Weakest sections</h2>
            {topics.weak.length === 0 ? (
              <p className="weak-none">
                No weak sections right now: every section you have studied is at or above {Math.round(settings.desiredRetention * 100)}% predicted recall, with
                no lapses, recent quiz misses or confusions.
              </p>
            ) : (
              <ol className="weak-topic-list">
                {topics.weak.map((topic) => (
                  <WeakTopicRow key={topic.sectionId ?? `${topic.chapterId}-other`} topic={topic} index={index} />
                ))}
              </ol>
            )}
          </section>
          {topics.confusedPairs.length > 0 && (
            <section className="weak-block" aria-labelledby="confused-pairs-title">
              <h2 id="confused-pairs-title">Often confused</h2>
              <p className="weak-block-lead">Notes you took for each other in quizzes over the last 30 days, most often first.</p>
              <ul className="confused-pair-list">
                {topics.confusedPairs.map((pair) => (
                  <ConfusedPairView key={`${pair.cardId}-${pair.otherCardId}`} pair={pair} index={index} />
                ))}
              </ul>
            </section>
          )}
          {topics.notStarted.length > 0 && (
            <section className="weak-block" aria-labelledby="not-started-title">
              <h2 id="not-started-title">Not started</h2>
              <p className="weak-block-lead">No card of these sections has been studied yet, so how well you know them is unknown.</p>
              <NotStartedList topics={topics.notStarted} index={index} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
