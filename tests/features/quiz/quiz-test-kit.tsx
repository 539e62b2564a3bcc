// Renders the quiz route as the app does (hash routing with the query in the hash), over a real store with
// in-memory storage and fuzz off, a clock the test moves, and a ticker the test fires.
import { act, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { Router } from 'wouter';
import type { Deck } from '../../../src/domain/deck';
import { useHashPath, useHashSearch } from '../../../src/app/hash-location';
import { createStudyStore, type StudyStore } from '../../../src/store/create-study-store';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { QuizRoute } from '../../../src/features/quiz/quiz-route';
import type { Ticker } from '../../../src/features/quiz/quiz-runner';
import { makeChapter, makeDeck, makeDefinition, makeCard, makeSection } from '../../components/deck-builders';

/** 27 Nov 2026, 09:00 UTC (TZ is UTC in tests). */
export const T0 = Date.UTC(2026, 10, 27, 9, 0);
export const SECOND = 1000;
export const MINUTE = 60_000;

const stores: StudyStore[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.stopTabSync();
  window.history.replaceState(null, '', '/');
});

export function makeStore(): StudyStore {
  const store = createStudyStore({ storage: createMemoryStorage(), enableFuzz: false, tabSyncSource: null, clock: () => T0 });
  stores.push(store);
  return store;
}

/** A clock that stands still until the test moves it. */
export function makeClock(start = T0) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A ticker that ticks only when the test says so. */
export function makeTicker() {
  const listeners = new Set<() => void>();
  const ticker: Ticker = (onTick) => {
    listeners.add(onTick);
    return () => listeners.delete(onTick);
  };
  return {
    ticker,
    tick: () => act(() => listeners.forEach((listener) => listener())),
    get running() {
      return listeners.size;
    },
  };
}

export function renderQuiz(hash: string, deck: Deck, store: StudyStore, clock: () => number, ticker: Ticker) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(
    <Router hook={useHashPath} searchHook={useHashSearch}>
      <StudyStoreContext value={store}><QuizRoute deck={deck} clock={clock} ticker={ticker} /></StudyStoreContext>
    </Router>,
  );
}

const ARCH = 'architecture';
const BASICS = 'basics';
const COMPONENTS = `${ARCH}/components`;
const WORKLOADS = `${BASICS}/workloads`;

/**
 * Two chapters of definitions (each with its reverse card) and a list: enough for every format, and
 * for a per-chapter breakdown.
 */
export const quizDeck: Deck = makeDeck(
  [makeChapter(BASICS, 'Basics', 1, [makeSection(BASICS, 'workloads', 'Workloads', 2)]), makeChapter(ARCH, 'Architecture', 2, [makeSection(ARCH, 'components', 'Components', 2)])],
  [
    ...makeDefinition(BASICS, WORKLOADS, 'Pod', 'Smallest deployable unit, one or more containers sharing network and storage', 3),
    ...makeDefinition(BASICS, WORKLOADS, 'Deployment', 'Declares the desired state of replicated pods and rolls out changes', 4),
    ...makeDefinition(BASICS, WORKLOADS, 'Service', 'Stable network endpoint that load-balances traffic to a set of pods', 5),
    ...makeDefinition(BASICS, WORKLOADS, 'Namespace', 'Virtual cluster that separates names and quotas inside one cluster', 6),
    ...makeDefinition(ARCH, COMPONENTS, 'Kubelet', 'Agent that runs on each worker node and talks to the control plane', 10),
    ...makeDefinition(ARCH, COMPONENTS, 'Kube-proxy', 'Network proxy on each worker node that maintains forwarding rules', 11),
    ...makeDefinition(ARCH, COMPONENTS, 'Scheduler', 'Assigns new pods to worker nodes using resource usage information', 12),
    ...makeDefinition(ARCH, COMPONENTS, 'Controller Manager', 'Runs the control loops that drive current state towards desired state', 13),
    ...makeDefinition(ARCH, COMPONENTS, 'ETCD', 'Distributed key-value store that holds the cluster state', 14),
    makeCard({
      kind: 'enumeration',
      chapterId: ARCH,
      sectionId: COMPONENTS,
      prompt: 'Master node components',
      answer: 'API Server, Scheduler, Controller Manager, ETCD',
      items: ['API Server', 'Scheduler', 'Controller Manager', 'ETCD'],
      source: { file: `content/${ARCH}.md`, line: 9 },
    }),
  ],
  'Quiz Deck',
);
