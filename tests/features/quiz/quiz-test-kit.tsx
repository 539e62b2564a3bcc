// The quiz route over a test's store and clock (screen-test-kit.tsx), a ticker the test fires, and a small deck
// with enough definitions for every kind of question.
import { act } from '@testing-library/react';
import type { Deck } from '../../../src/domain/deck';
import { QuizRoute } from '../../../src/features/quiz/quiz-route';
import type { Ticker } from '../../../src/features/quiz/quiz-runner';
import type { StudyStore } from '../../../src/store/create-study-store';
import { makeCard, makeChapter, makeDeck, makeDefinition, makeSection } from '../../components/deck-builders';
import { renderAt } from '../screen-test-kit';

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
  return renderAt(hash, store, <QuizRoute deck={deck} clock={clock} ticker={ticker} />);
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
  [
    makeChapter(BASICS, 'Basics', 1, [makeSection(BASICS, 'workloads', 'Workloads', 2)]),
    makeChapter(ARCH, 'Architecture', 2, [makeSection(ARCH, 'components', 'Components', 2)]),
  ],
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
