import { describe, expect, it } from 'vitest';
import { becameLeech, leechCardIds } from '../../src/domain/leeches';
import { Rating, type SchedulingState } from '../../src/domain/progress';
import { gradeCard, isLeech, newSchedulingState, type SchedulerOptions } from '../../src/domain/scheduler';
import { NOW, active, apiServer, etcd, kubelet, reviewState, suspended } from './srs-test-cards';
import { deckProgress } from '../study-data-kit';

const options: SchedulerOptions = { desiredRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: false };

/** Forgets the card `lapses` times (Again on review, then Good back to review), noting each lapse's flag. */
function forget(times: number) {
  let state: SchedulingState = gradeCard(newSchedulingState(NOW), Rating.Easy, NOW, options).next;
  const flagged: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const lapse = gradeCard(state, Rating.Again, state.due, options).next;
    if (becameLeech(state, lapse)) flagged.push(lapse.lapses);
    state = gradeCard(lapse, Rating.Good, lapse.due, options).next;
    if (becameLeech(lapse, state)) flagged.push(-1);
  }
  return { state, flagged };
}

describe('leeches', () => {
  it('a card forgotten 8 times becomes a leech at that lapse, and is flagged again every 4 more', () => {
    const { state, flagged } = forget(17);
    expect(state.lapses).toBe(17);
    expect(isLeech(state)).toBe(true);
    expect(flagged).toEqual([8, 12, 16]);
  });

  it('7 lapses is not yet a leech', () => {
    const { state, flagged } = forget(7);
    expect(isLeech(state)).toBe(false);
    expect(flagged).toEqual([]);
  });

  it('lists the leeches of the deck in deck order, suspended ones included, orphans ignored', () => {
    const progress = {
      [etcd.id]: active(reviewState(NOW, 3, 9)),
      [kubelet.id]: suspended(reviewState(NOW, 3, 8)),
      [apiServer.id]: active(reviewState(NOW, 3, 7)),
      'kubernetes-architecture/definition/removed-term': active(reviewState(NOW, 3, 12)),
    };
    expect(leechCardIds([kubelet, apiServer, etcd], deckProgress(progress))).toEqual([kubelet.id, etcd.id]);
  });
});
