// A small deck from the user's Kubernetes notes (four sections, three chapters) for the mastery, weak-topic, exam and stats tests.
import { forgetting_curve, generatorParameters } from 'ts-fsrs';
import type { Chapter, Deck } from '../../src/domain/deck';
import { State, type SchedulingState } from '../../src/domain/progress';
import type { SchedulerOptions } from '../../src/domain/scheduler';
import { DAY_MS, definitionPair, enumerationCard } from './srs-test-cards';

export const options: SchedulerOptions = { desiredRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: false };

export const MASTER = {
  chapterId: 'kubernetes-architecture',
  sectionId: 'kubernetes-architecture/mn-has-following-components',
};
export const WORKER = {
  chapterId: 'kubernetes-architecture',
  sectionId: 'kubernetes-architecture/wn-has-following-components',
};
export const ORCHESTRATION = {
  chapterId: 'container-orchestration',
  sectionId: 'container-orchestration/different-container-orchestration-options',
};
export const FEATURES = {
  chapterId: 'container-orchestration',
  sectionId: 'container-orchestration/kubernetes-features',
};

export const [apiServer, apiServerReverse] = definitionPair(MASTER, 'API Server', 'admin tasks performed via API server in MN');
export const [scheduler, schedulerReverse] = definitionPair(MASTER, 'Scheduler', 'schedules work to different worker nodes');
export const masterComponents = enumerationCard(MASTER, 'MN has following components', ['API Server', 'Scheduler', 'Controller Manager', 'ETCD']);
export const [kubelet, kubeletReverse] = definitionPair(WORKER, 'Kubelet', 'Agent that runs on each WN and communicates with the MN');
export const [kubeProxy, kubeProxyReverse] = definitionPair(WORKER, 'Kube-proxy', 'network agent on each node, maintains network rules');
export const [nomad, nomadReverse] = definitionPair(ORCHESTRATION, 'Nomad', 'container orchestrator from HashiCorp');
export const [dockerSwarm, dockerSwarmReverse] = definitionPair(ORCHESTRATION, 'Docker Swarm', 'container orchestrator from Docker Inc');
export const [selfHealing, selfHealingReverse] = definitionPair(FEATURES, 'Self-healing', 'replaces and reschedules containers from failed nodes');

function chapter(id: string, title: string, order: number, sections: { sectionId: string }[]): Chapter {
  return {
    id,
    title,
    order,
    file: `content/${id}.md`,
    empty: sections.length === 0,
    sections: sections.map(({ sectionId }) => ({
      id: sectionId,
      title: sectionId.split('/')[1],
      note: null,
      path: [title, sectionId.split('/')[1]],
      source: { file: `content/${id}.md`, line: 1 },
    })),
  };
}

export const insightsDeck: Deck = {
  id: 'kubernetes',
  title: 'Kubernetes',
  chapters: [
    chapter('container-orchestration', 'Container Orchestration', 1, [ORCHESTRATION, FEATURES]),
    chapter('kubernetes-architecture', 'Kubernetes Architecture', 3, [MASTER, WORKER]),
    chapter('installing-kubernetes', 'Installing Kubernetes', 4, []),
  ],
  cards: [
    nomad,
    nomadReverse,
    dockerSwarm,
    dockerSwarmReverse,
    selfHealing,
    selfHealingReverse,
    apiServer,
    apiServerReverse,
    scheduler,
    schedulerReverse,
    masterComponents,
    kubelet,
    kubeletReverse,
    kubeProxy,
    kubeProxyReverse,
  ],
  warnings: [],
};

/** A review card with stability `stabilityDays`, last reviewed at `lastReview`, next due `scheduledDays` after it. */
export function reviewedAt(lastReview: number, stabilityDays: number, scheduledDays = stabilityDays, lapses = 0): SchedulingState {
  return {
    due: lastReview + scheduledDays * DAY_MS,
    stability: stabilityDays,
    difficulty: 5,
    scheduledDays,
    learningSteps: 0,
    reps: 4 + lapses * 2,
    lapses,
    state: State.Review,
    lastReview,
  };
}

const parameters = generatorParameters();

/** FSRS-6 recall after whole `elapsedDays` at `stabilityDays`, straight from ts-fsrs' forgetting curve. */
export function recallAfter(elapsedDays: number, stabilityDays: number): number {
  return forgetting_curve(parameters.w, elapsedDays, stabilityDays);
}
