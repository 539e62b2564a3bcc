// Shared set-up for the weak topics, stats and leeches tests: the real deck, its card ids, cards in a scheduling
// state, quiz records, and rendering inside the app's hash router so links read `#/…`. Stores and the clock come
// from screen-test-kit.tsx.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import builtDeck from 'virtual:deck';
import { Router } from 'wouter';
import { useHashPath, useHashSearch } from '../../../src/app/hash-location';
import { emptyCardMap, withCards } from '../../../src/domain/card-map';
import type { Deck } from '../../../src/domain/deck';
import { State, type SchedulingState } from '../../../src/domain/progress';
import type { StudyStore } from '../../../src/store/create-study-store';
import type { QuizConfusion, QuizRecord } from '../../../src/domain/quiz-record';
import { DAY, MINUTE, T0 } from '../screen-test-kit';

export const deck: Deck = builtDeck;

export const HOUR = 60 * MINUTE;

export const KUBELET = 'kubernetes-architecture/definition/kubelet';
export const KUBE_PROXY = 'kubernetes-architecture/definition/kube-proxy';
export const POD = 'kubernetes-architecture/definition/pod';
export const ETCD = 'kubernetes-architecture/definition/etcd';
export const NOMAD = 'container-orchestration/definition/nomad';
export const COMPONENTS_SECTION = 'kubernetes-architecture/explain-different-components-for-master-and-worker-nodes';
export const ARCHITECTURE_SECTION = 'kubernetes-architecture/discuss-kubernetes-architecture';

export function renderInApp(ui: ReactNode, hash = '#/') {
  window.history.replaceState(null, '', `/${hash}`);
  return render(
    <Router hook={useHashPath} searchHook={useHashSearch}>
      {ui}
    </Router>,
  );
}

/** A card in review, last reviewed `daysAgo` days before T0 with the given stability, due `dueInDays` after T0. */
export function reviewCard({
  daysAgo,
  stability,
  lapses = 0,
  dueInDays = 1,
}: {
  daysAgo: number;
  stability: number;
  lapses?: number;
  dueInDays?: number;
}): SchedulingState {
  return {
    due: T0 + dueInDays * DAY,
    stability,
    difficulty: 5,
    scheduledDays: Math.max(1, Math.round(stability)),
    learningSteps: 0,
    reps: lapses + 4,
    lapses,
    state: State.Review,
    lastReview: T0 - daysAgo * DAY,
  };
}

/** Puts cards into given states, as if studied before. */
export function setProgress(store: StudyStore, states: Record<string, SchedulingState>, suspended: readonly string[] = []) {
  store.setState((state) => ({
    progress: {
      ...state.progress,
      [deck.id]: withCards(
        state.progress[deck.id] ?? emptyCardMap(),
        Object.entries(states).map(([cardId, scheduling]) => [cardId, { scheduling, suspended: suspended.includes(cardId) }] as const),
      ),
    },
  }));
}

/** A finished practice quiz on this deck, with the confusions a quiz records. */
export function quizRecord(id: string, finishedAt: number, wrongCardIds: string[], confusions: QuizConfusion[] = []): QuizRecord {
  return {
    id,
    deckId: deck.id,
    startedAt: finishedAt - 5 * MINUTE,
    finishedAt,
    mode: 'practice',
    questionCount: 10,
    score: 10 - wrongCardIds.length,
    wrongCardIds,
    confusions,
  };
}
