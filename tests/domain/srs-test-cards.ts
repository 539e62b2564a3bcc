// Cards and scheduling states for scheduler and queue tests, named after the user's Kubernetes notes.
import type { Card } from '../../src/domain/deck';
import { State, type CardProgress, type SchedulingState } from '../../src/domain/progress';

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** 27 Nov 2026, 09:00 UTC (tests run with TZ=UTC). */
export const NOW = Date.UTC(2026, 10, 27, 9, 0);

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface CardPlace {
  chapterId: string;
  sectionId: string;
}

export const ARCHITECTURE: CardPlace = {
  chapterId: 'kubernetes-architecture',
  sectionId: 'kubernetes-architecture/explain-different-components-for-master-and-worker-nodes',
};
export const ORCHESTRATION: CardPlace = {
  chapterId: 'container-orchestration',
  sectionId: 'container-orchestration/different-container-orchestration-options',
};

function baseCard(place: CardPlace, id: string, noteId: string, prompt: string, answer: string): Card {
  return {
    id,
    kind: 'definition',
    noteId,
    reverse: false,
    chapterId: place.chapterId,
    sectionId: place.sectionId,
    prompt,
    answer,
    term: null,
    items: null,
    details: [],
    context: null,
    sectionPath: [],
    source: { file: `content/${place.chapterId}.md`, line: 1 },
  };
}

/** A definition card and its reverse sibling (same noteId). */
export function definitionPair(place: CardPlace, term: string, definition: string): [Card, Card] {
  const id = `${place.chapterId}/definition/${slug(term)}`;
  const forward = { ...baseCard(place, id, id, term, definition), term };
  const reverse = { ...forward, id: `${id}/reverse`, reverse: true, prompt: definition, answer: term };
  return [forward, reverse];
}

export function enumerationCard(place: CardPlace, leadIn: string, items: string[]): Card {
  const id = `${place.chapterId}/enumeration/${slug(leadIn)}`;
  return { ...baseCard(place, id, id, leadIn, items.join(', ')), kind: 'enumeration', items };
}

export const [kubelet, kubeletReverse] = definitionPair(ARCHITECTURE, 'Kubelet', 'Agent that runs on each WN and communicates with the MN');
export const [apiServer, apiServerReverse] = definitionPair(ARCHITECTURE, 'API Server', 'admin tasks performed via API server in MN');
export const [scheduler, schedulerReverse] = definitionPair(ARCHITECTURE, 'Scheduler', 'schedules work to different worker nodes using resource usage info');
export const [etcd, etcdReverse] = definitionPair(ARCHITECTURE, 'ETCD', 'Distributed key-value store that is used by Kubernetes to manage cluster state');
export const masterComponents = enumerationCard(ARCHITECTURE, 'MN has following components', ['API Server', 'Scheduler', 'Controller Manager', 'ETCD']);
export const [nomad, nomadReverse] = definitionPair(ORCHESTRATION, 'Nomad', 'container orchestrator from HashiCorp');
export const [dockerSwarm, dockerSwarmReverse] = definitionPair(ORCHESTRATION, 'Docker Swarm', 'container orchestrator from Docker Inc');

/** A review-state card due at `due`, last reviewed `intervalDays` before. */
export function reviewState(due: number, intervalDays = 10, lapses = 0): SchedulingState {
  return {
    due,
    stability: intervalDays,
    difficulty: 5,
    scheduledDays: intervalDays,
    learningSteps: 0,
    reps: 4,
    lapses,
    state: State.Review,
    lastReview: due - intervalDays * DAY_MS,
  };
}

/** A learning-state card due at `due`, on its second step. */
export function learningState(due: number, state: State.Learning | State.Relearning = State.Learning): SchedulingState {
  return {
    due,
    stability: 2.3,
    difficulty: 5,
    scheduledDays: 0,
    learningSteps: 1,
    reps: state === State.Learning ? 1 : 5,
    lapses: state === State.Learning ? 0 : 1,
    state,
    lastReview: due - 10 * MINUTE_MS,
  };
}

export function active(scheduling: SchedulingState): CardProgress {
  return { scheduling, suspended: false };
}

export function suspended(scheduling: SchedulingState): CardProgress {
  return { scheduling, suspended: true };
}
