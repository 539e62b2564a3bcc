// The review session as React state: the card on screen and its side, the grades given, the leech to offer
// suspending, what to announce and where focus goes next. Grading and undo go through the store; what comes next
// is chosen by the domain queue at the clock's time after every step.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Card, Deck } from '../../domain/deck';
import type { CardProgress, Grade } from '../../domain/progress';
import type { StudyScope } from '../../domain/study-scope';
import { formatInterval } from '../../domain/scheduler';
import { GRADE_LABELS } from '../../components/grade-labels';
import { selectCardProgress } from '../../store/study-selectors';
import type { StudyState } from '../../store/study-state';
import { useStudyStore } from '../../store/study-store-context';
import { sessionView } from './custom-session';
import { queueInputOf, type ReviewView, type SessionGrade } from './review-session';
import { answerText, cardTitle, spokenInterval } from './review-text';

export interface ReviewEnvironment {
  /** Epoch ms; Date.now in the app, a fixed clock in tests. */
  clock: () => number;
}

export type FocusTarget = 'reveal' | 'grades' | 'heading';

export interface LeechNotice {
  cardId: string;
  lapses: number;
}

export interface SessionState {
  view: ReviewView;
  /** The clock at the last step: queue counts and "next due" are computed at it. */
  now: number;
  grades: SessionGrade[];
  leech: LeechNotice | null;
  /** A new id makes the live region speak even when the text repeats. */
  announcement: { id: number; text: string };
  focus: { id: number; target: FocusTarget } | null;
  /** The card's stored progress when it was put on screen; a change from another tab replaces an unrevealed card. */
  shownProgress: CardProgress | undefined;
}

function progressOf(state: StudyState, deck: Deck, view: ReviewView): CardProgress | undefined {
  return view.kind === 'card' ? selectCardProgress(deck.id, view.cardId)(state) : undefined;
}

function nextStepText(view: ReviewView, now: number): string {
  if (view.kind === 'card') return 'Next card.';
  if (view.kind === 'waiting') return `Next card in ${spokenInterval(formatInterval(view.availableAt - now))}.`;
  return 'Session complete.';
}

const focusAfter = (view: ReviewView): FocusTarget => (view.kind === 'card' ? (view.side === 'back' ? 'grades' : 'reveal') : 'heading');

export function useReviewSession(deck: Deck, scope: StudyScope, { clock }: ReviewEnvironment, customCardIds: readonly string[] | null = null) {
  const store = useStudyStore();
  const cardsById = useMemo(() => new Map<string, Card>(deck.cards.map((card) => [card.id, card])), [deck]);

  const [state, setState] = useState<SessionState>(() => {
    const now = clock();
    const stored = store.getState();
    const view = sessionView(queueInputOf(stored, deck, scope, now), customCardIds, []);
    return { view, now, grades: [], leech: null, announcement: { id: 0, text: '' }, focus: null, shownProgress: progressOf(stored, deck, view) };
  });
  // Actions read the latest state synchronously, so two quick key presses never act on a stale card.
  const latest = useRef(state);
  const commit = useCallback((change: (current: SessionState) => Partial<SessionState>, say?: string, focus?: FocusTarget) => {
    const current = latest.current;
    const next: SessionState = {
      ...current,
      ...change(current),
      announcement: say === undefined ? current.announcement : { id: current.announcement.id + 1, text: say },
      focus: focus === undefined ? current.focus : { id: (current.focus?.id ?? 0) + 1, target: focus },
    };
    latest.current = next;
    setState(next);
  }, []);

  /** Moves on to whatever the queue says is next at `now`. */
  const advance = useCallback(
    (now: number, say?: string) => {
      const stored = store.getState();
      const view = sessionView(queueInputOf(stored, deck, scope, now), customCardIds, latest.current.grades);
      commit(() => ({ view, now, shownProgress: progressOf(stored, deck, view) }), say, focusAfter(view));
    },
    [commit, customCardIds, deck, scope, store],
  );

  const reveal = useCallback(() => {
    const { view } = latest.current;
    if (view.kind !== 'card' || view.side !== 'front') return;
    const card = cardsById.get(view.cardId);
    commit(() => ({ view: { ...view, side: 'back', revealedAt: clock() } }), card ? `Answer: ${answerText(card)}` : 'Answer shown.', 'grades');
  }, [cardsById, clock, commit]);

  const grade = useCallback(
    (rating: Grade) => {
      const { view, grades } = latest.current;
      if (view.kind !== 'card' || view.side !== 'back') return;
      const now = clock();
      const outcome = store.getState().gradeCard(deck.id, view.cardId, rating, now, now - view.shownAt);
      const stored = store.getState();
      const graded = [...grades, { cardId: view.cardId, rating, at: outcome.entry.at, durationMs: outcome.entry.durationMs }];
      const next = sessionView(queueInputOf(stored, deck, scope, now), customCardIds, graded);
      const dueAgain = spokenInterval(formatInterval(outcome.scheduling.due - outcome.entry.at));
      const leechText = outcome.becameLeech ? ` This card has become a leech: forgotten ${outcome.scheduling.lapses} times.` : '';
      commit(
        () => ({
          view: next,
          now,
          grades: graded,
          leech: outcome.becameLeech ? { cardId: view.cardId, lapses: outcome.scheduling.lapses } : null,
          shownProgress: progressOf(stored, deck, next),
        }),
        `${GRADE_LABELS[rating]}: due again in ${dueAgain}.${leechText} ${nextStepText(next, now)}`,
        focusAfter(next),
      );
    },
    [clock, commit, customCardIds, deck, scope, store],
  );

  // Undo takes back this session's own grades only, last first: never a quiz's, another deck's or an earlier
  // session's (the store keeps the steps of every review-screen grade of the page).
  const undo = useCallback(() => {
    const last = latest.current.grades.at(-1);
    const entry = last ? store.getState().undoGrade(deck.id, last) : null;
    if (!entry) {
      commit(() => ({}), 'Nothing to undo.');
      return;
    }
    const now = clock();
    const card = cardsById.get(entry.cardId);
    const withoutUndone = (grades: SessionGrade[]) => grades.slice(0, -1);
    if (!card) {
      commit(({ grades }) => ({ grades: withoutUndone(grades) }));
      advance(now, 'Undid the last answer.');
      return;
    }
    const stored = store.getState();
    // Back to that card's answer; its time on card continues from what the undone grade had counted.
    const view: ReviewView = { kind: 'card', cardId: card.id, side: 'back', shownAt: now - entry.durationMs, revealedAt: now };
    commit(
      ({ grades, leech }) => ({
        view,
        now,
        grades: withoutUndone(grades),
        leech: leech?.cardId === card.id ? null : leech,
        shownProgress: progressOf(stored, deck, view),
      }),
      `Undid ${GRADE_LABELS[entry.rating]} on ${cardTitle(card)}. Its answer is shown again.`,
      'grades',
    );
  }, [advance, cardsById, clock, commit, deck, store]);

  const suspendLeech = useCallback(() => {
    const { leech, view } = latest.current;
    if (!leech) return;
    const now = clock();
    store.getState().setSuspended(deck.id, leech.cardId, true, now);
    const title = cardsById.get(leech.cardId);
    const say = `Suspended ${title ? cardTitle(title) : 'the card'}: it will not come up in reviews.`;
    const showsLeech = (view.kind === 'card' || view.kind === 'waiting') && view.cardId === leech.cardId;
    commit(() => ({ leech: null }));
    if (showsLeech) advance(now, say);
    else commit(() => ({}), say, focusAfter(view));
  }, [advance, cardsById, clock, commit, deck, store]);

  const dismissLeech = useCallback(() => {
    commit(() => ({ leech: null }), undefined, focusAfter(latest.current.view));
  }, [commit]);

  /** Shows the learning card that is waiting, before its time. */
  const studyNow = useCallback(() => {
    const { view } = latest.current;
    if (view.kind !== 'waiting') return;
    const now = clock();
    const card: ReviewView = { kind: 'card', cardId: view.cardId, side: 'front', shownAt: now, revealedAt: null };
    commit(() => ({ view: card, now, shownProgress: progressOf(store.getState(), deck, card) }), 'Next card.', 'reveal');
  }, [clock, commit, deck, store]);

  const endSession = useCallback(() => {
    commit(() => ({ view: { kind: 'finished' }, now: clock() }), 'Session ended.', 'heading');
  }, [clock, commit]);

  const keepGoing = useCallback(() => advance(clock()), [advance, clock]);

  // A waiting learning card comes up on its own when its time comes.
  const { view } = state;
  const availableAt = view.kind === 'waiting' ? view.availableAt : null;
  useEffect(() => {
    if (availableAt === null) return;
    const timer = window.setTimeout(() => advance(clock()), Math.max(0, availableAt - clock()) + 250);
    return () => window.clearTimeout(timer);
  }, [advance, availableAt, clock]);

  return { state, cardsById, reveal, grade, undo, suspendLeech, dismissLeech, studyNow, endSession, keepGoing, advance };
}
