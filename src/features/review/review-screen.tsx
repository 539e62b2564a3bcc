// The review screen: one card at a time, flip, grade with the interval each grade gives, undo, leeches,
// a progress header, and the summary or "Nothing due" at the end. Keyboard first: Space/Enter, 1–4, Z.
import { cardValue } from '../../domain/card-map';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { Link } from 'wouter';
import { useStore } from 'zustand';
import type { Deck } from '../../domain/deck';
import { buildReviewQueue, cardCategory, type QueueInput } from '../../domain/review-queue';
import type { StudyScope } from '../../domain/study-scope';
import { newSchedulingState, previewIntervals, schedulerOptionsFrom } from '../../domain/scheduler';
import { Kbd } from '../../components/kbd';
import { PageTitle } from '../../components/page-title';
import { paths } from '../../config/paths';
import { selectCanUndo, selectSettings } from '../../store/study-selectors';
import { useStudyStore, useDeckProgress, useDeckLog } from '../../store/study-store-context';
import { customQueueCounts } from './custom-session';
import { GradeButtons } from './grade-buttons';
import { ReviewCard } from './review-card';
import { NothingDue, ReviewSummary, WaitingForCard } from './review-end';
import { reviewKeyAction } from './review-keys';
import { ReviewProgress } from './review-progress';
import { hasNewCards, nextAvailable, sameProgress, summariseSession } from './review-session';
import { cardTitle, describeScope } from './review-text';
import { useReviewSession, type LeechNotice, type ReviewEnvironment } from './use-review-session';
import './review.css';

interface ReviewScreenProps extends ReviewEnvironment {
  deck: Deck;
  scope: StudyScope;
  /** A custom session's cards, in order (custom-session.ts); null or absent for a usual review. */
  customCardIds?: readonly string[] | null;
}

function LeechBanner({ leech, title, onSuspend, onDismiss }: { leech: LeechNotice; title: string; onSuspend: () => void; onDismiss: () => void }) {
  return (
    <div className="notice leech-notice">
      <p>
        <strong>Leech:</strong> you have forgotten “{title}” {leech.lapses} times. Rewording it in your notes often helps; or suspend it so it stops coming up.
      </p>
      <div className="leech-actions">
        <button type="button" className="button" onClick={onSuspend}>
          Suspend card
        </button>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          Keep it
        </button>
      </div>
    </div>
  );
}

function ScopeNotFound() {
  return (
    <div className="review-end">
      <p>This link points to a part of the deck that is no longer in your notes; it may have been renamed.</p>
      <div className="actions">
        <Link href={paths.review.href()} className="button button-primary">
          Review all chapters
        </Link>
        <Link href={paths.home.href()} className="button">
          Back home
        </Link>
      </div>
    </div>
  );
}

export function ReviewScreen({ deck, scope, customCardIds = null, clock }: ReviewScreenProps) {
  const store = useStudyStore();
  const session = useReviewSession(deck, scope, { clock }, customCardIds);
  const { state, cardsById } = session;
  const { view } = state;
  // Undo is offered only for a grade given in this session, here, while it can still be undone.
  const lastGrade = state.grades.at(-1);
  const canUndo = useStore(
    store,
    useMemo(() => selectCanUndo(deck.id, lastGrade), [deck.id, lastGrade]),
  );

  const progress = useDeckProgress(deck.id);
  const log = useDeckLog(deck.id);
  const settings = useStore(store, selectSettings);

  const input: QueueInput = useMemo(
    () => ({ cards: deck.cards, progress, log, settings, now: state.now, scope }),
    [deck.cards, progress, log, settings, state.now, scope],
  );
  const queue = useMemo(() => buildReviewQueue(input), [input]);
  const counts = useMemo(
    () => (customCardIds ? customQueueCounts(input, customCardIds, state.grades) : queue.counts),
    [customCardIds, input, queue, state.grades],
  );

  const card = view.kind === 'card' ? cardsById.get(view.cardId) : undefined;
  const cardProgress = card ? cardValue(progress, card.id) : undefined;
  const revealedAt = view.kind === 'card' ? view.revealedAt : null;
  // Buttons show the nominal interval (no fuzz), as Anki's do; the stored grade may land a day either side.
  const previews = useMemo(() => {
    if (!card || revealedAt === null) return null;
    return previewIntervals(cardProgress?.scheduling ?? newSchedulingState(revealedAt), revealedAt, schedulerOptionsFrom(settings, false));
  }, [card, cardProgress, revealedAt, settings]);

  // Another tab graded the card before its answer was shown here: show what the queue says now instead.
  const { advance } = session;
  const replacedElsewhere = view.kind === 'card' && view.side === 'front' && !sameProgress(cardProgress, state.shownProgress);
  useEffect(() => {
    if (replacedElsewhere) advance(clock());
  }, [advance, clock, replacedElsewhere]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const endTitleRef = useRef<HTMLHeadingElement>(null);
  const revealRef = useRef<HTMLButtonElement>(null);
  const gradesRef = useRef<HTMLDivElement>(null);
  const { focus } = state;
  useEffect(() => {
    if (!focus) return;
    const target = focus.target === 'reveal' ? revealRef.current : focus.target === 'grades' ? gradesRef.current : (endTitleRef.current ?? headingRef.current);
    target?.focus();
  }, [focus]);
  // Arriving with nothing focused (a scope link that is gone now), start at the screen's title.
  useEffect(() => {
    if (document.activeElement === document.body) headingRef.current?.focus();
  }, []);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const action = reviewKeyAction(event);
    if (!action) return;
    const { view: current } = state;
    if (action.kind === 'undo') {
      event.preventDefault();
      session.undo();
    } else if (action.kind === 'flip' && current.kind === 'card') {
      // Also on the answer side: Space must not scroll the page away from the buttons.
      event.preventDefault();
      session.reveal();
    } else if (action.kind === 'grade' && current.kind === 'card' && current.side === 'back') {
      event.preventDefault();
      session.grade(action.grade);
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const description = describeScope(deck, scope);
  const summary = summariseSession(state.grades);
  const leechCard = state.leech ? cardsById.get(state.leech.cardId) : undefined;
  const cardsLeft = counts.new + counts.learning + counts.review;

  function body() {
    if (!description.known) return <ScopeNotFound />;
    if (view.kind === 'card' && card) {
      return (
        <>
          <ReviewCard key={`${card.id}@${view.shownAt}`} deck={deck} card={card} side={view.side} />
          <div className="review-controls">
            {view.side === 'front' || !previews ? (
              <button ref={revealRef} type="button" className="button button-primary reveal-button" aria-keyshortcuts="Space Enter" onClick={session.reveal}>
                Show answer <Kbd>Space</Kbd>
              </button>
            ) : (
              <GradeButtons previews={previews} onGrade={session.grade} groupRef={gradesRef} />
            )}
          </div>
        </>
      );
    }
    const undo = canUndo && (
      <button type="button" className="button button-quiet" aria-keyshortcuts="Z" onClick={session.undo}>
        Undo last answer <Kbd>Z</Kbd>
      </button>
    );
    const endProps = { undo, deck, scope, input, next: nextAvailable(input), titleRef: endTitleRef };
    if (view.kind === 'waiting') {
      return <WaitingForCard availableAt={view.availableAt} clock={clock} titleRef={endTitleRef} onStudyNow={session.studyNow} onEnd={session.endSession} />;
    }
    if (state.grades.length > 0) return <ReviewSummary {...endProps} summary={summary} cardsLeft={cardsLeft} onKeepGoing={session.keepGoing} />;
    const deckNewToday = scope.kind === 'deck' ? 0 : buildReviewQueue({ ...input, scope: { kind: 'deck' } }).counts.new;
    return <NothingDue {...endProps} newLimitReached={queue.counts.newLeftToday === 0 && hasNewCards(input)} deckNewToday={deckNewToday} />;
  }

  const inSession = description.known && view.kind !== 'finished';
  return (
    <div className="screen container narrow review-screen">
      <PageTitle title={`Review · ${description.title}`} />
      <div className="review-header">
        <div className="review-heading">
          <p className="eyebrow">{description.eyebrow}</p>
          <h1 ref={headingRef} tabIndex={-1}>
            {description.title}
          </h1>
        </div>
        {inSession && (
          <div className="review-tools">
            {canUndo && (
              <button type="button" className="button button-quiet" aria-keyshortcuts="Z" onClick={session.undo}>
                Undo <Kbd>Z</Kbd>
              </button>
            )}
            {state.grades.length > 0 && (
              <button type="button" className="button button-quiet" onClick={session.endSession}>
                End session
              </button>
            )}
          </div>
        )}
      </div>
      {inSession && <ReviewProgress counts={counts} answered={state.grades.length} current={card ? cardCategory(cardProgress) : null} />}
      {state.leech && leechCard && (
        <LeechBanner leech={state.leech} title={cardTitle(leechCard)} onSuspend={session.suspendLeech} onDismiss={session.dismissLeech} />
      )}
      {body()}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        <span key={state.announcement.id}>{state.announcement.text}</span>
      </div>
    </div>
  );
}
