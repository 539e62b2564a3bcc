import { describe, expect, it } from 'vitest';
import { cardMastery, deckMastery, masteryOfCards, masteryStatus } from '../../src/domain/mastery';
import { Rating, State, type CardProgress } from '../../src/domain/progress';
import { deckProgress } from '../study-data-kit';
import { gradeCard, newSchedulingState } from '../../src/domain/scheduler';
import {
  apiServer,
  apiServerReverse,
  dockerSwarm,
  FEATURES,
  insightsDeck,
  kubelet,
  masterComponents,
  MASTER,
  nomad,
  nomadReverse,
  options,
  ORCHESTRATION,
  recallAfter,
  reviewedAt,
  scheduler,
  selfHealing,
  WORKER,
} from './mastery-test-deck';
import { active, DAY_MS, learningState, MINUTE_MS, NOW, suspended } from './srs-test-cards';

const progress: Record<string, CardProgress> = {
  [nomad.id]: active(reviewedAt(NOW - 21 * DAY_MS, 21)),
  [nomadReverse.id]: active(reviewedAt(NOW - 20 * DAY_MS, 20)),
  [dockerSwarm.id]: active(reviewedAt(NOW, 5)),
  [selfHealing.id]: active(newSchedulingState(NOW - DAY_MS)),
  [apiServer.id]: active(learningState(NOW + 5 * MINUTE_MS)),
  [apiServerReverse.id]: active(learningState(NOW, State.Relearning)),
  [scheduler.id]: suspended(reviewedAt(NOW - 30 * DAY_MS, 10, 10, 8)),
  [masterComponents.id]: active(reviewedAt(NOW - 12 * DAY_MS, 10)),
  [kubelet.id]: active(reviewedAt(NOW - 3 * DAY_MS, 40)),
  'kubernetes-architecture/definition/removed-term': active(reviewedAt(NOW - 100 * DAY_MS, 2, 2, 9)),
};

describe('card mastery', () => {
  it('is unknown (null) for a card never graded, with or without a progress entry', () => {
    expect(cardMastery(selfHealing, progress[selfHealing.id], NOW, options)).toEqual({
      cardId: selfHealing.id,
      status: 'new',
      retrievability: null,
      lapses: 0,
      leech: false,
      suspended: false,
    });
    expect(cardMastery(nomad, undefined, NOW, options).retrievability).toBeNull();
  });

  it('is 0.9 exactly when as many days passed as the stability, and 1 on the day of a review', () => {
    expect(cardMastery(nomad, progress[nomad.id], NOW, options).retrievability).toBe(0.9);
    expect(cardMastery(dockerSwarm, progress[dockerSwarm.id], NOW, options).retrievability).toBe(1);
  });

  it('equals the ts-fsrs forgetting curve for a card graded by the real scheduler', () => {
    const learning = gradeCard(newSchedulingState(NOW), Rating.Good, NOW, options).next;
    const review = gradeCard(learning, Rating.Good, learning.due, options).next;
    const at = review.lastReview! + 7.5 * DAY_MS;
    expect(review.state).toBe(2);
    expect(cardMastery(kubelet, active(review), at, options).retrievability).toBe(recallAfter(7, review.stability));
  });

  it('splits review cards into young and mature at an interval of 21 days', () => {
    expect(masteryStatus(active(reviewedAt(NOW, 20)))).toBe('young');
    expect(masteryStatus(active(reviewedAt(NOW, 21)))).toBe('mature');
    expect(masteryStatus(active(reviewedAt(NOW, 5, 21)))).toBe('mature');
    expect(masteryStatus(active(learningState(NOW, State.Learning)))).toBe('learning');
    expect(masteryStatus(active(learningState(NOW, State.Relearning)))).toBe('learning');
    expect(masteryStatus(undefined)).toBe('new');
  });

  it('flags leeches and suspended cards', () => {
    expect(cardMastery(scheduler, progress[scheduler.id], NOW, options)).toEqual({
      cardId: scheduler.id,
      status: 'young',
      retrievability: recallAfter(30, 10),
      lapses: 8,
      leech: true,
      suspended: true,
    });
  });

  it('lists every card of the deck by id', () => {
    const byId = masteryOfCards(insightsDeck.cards, deckProgress(progress), NOW, options);
    expect(Object.keys(byId)).toEqual(insightsDeck.cards.map((card) => card.id));
    expect(byId[masterComponents.id].retrievability).toBe(recallAfter(12, 10));
  });
});

describe('deck mastery by section and chapter', () => {
  const mastery = deckMastery(insightsDeck, deckProgress(progress), NOW, options);

  it('averages retrievability over the studied cards of a section and counts every state', () => {
    expect(mastery.sections[ORCHESTRATION.sectionId]).toEqual({
      cards: 4,
      studied: 3,
      new: 1,
      learning: 0,
      young: 2,
      mature: 1,
      leeches: 0,
      suspended: 0,
      averageRetrievability: (0.9 + 0.9 + 1) / 3,
      studiedShare: 0.75,
    });
    expect(mastery.sections[MASTER.sectionId]).toEqual({
      cards: 5,
      studied: 4,
      new: 1,
      learning: 2,
      young: 2,
      mature: 0,
      leeches: 1,
      suspended: 1,
      averageRetrievability: (1 + 1 + recallAfter(30, 10) + recallAfter(12, 10)) / 4,
      studiedShare: 0.8,
    });
    expect(mastery.sections[WORKER.sectionId]).toMatchObject({ cards: 4, studied: 1, mature: 1, averageRetrievability: recallAfter(3, 40) });
  });

  it('reports a section with nothing studied as unknown, not as 0', () => {
    expect(mastery.sections[FEATURES.sectionId]).toMatchObject({ cards: 2, studied: 0, new: 2, averageRetrievability: null, studiedShare: 0 });
  });

  it('sums chapters over all their cards, reverse siblings included', () => {
    expect(mastery.chapters['container-orchestration']).toMatchObject({
      cards: 6,
      studied: 3,
      new: 3,
      averageRetrievability: (0.9 + 0.9 + 1) / 3,
      studiedShare: 0.5,
    });
    const architecture = mastery.chapters['kubernetes-architecture'];
    expect(architecture).toMatchObject({ cards: 9, studied: 5, new: 4, learning: 2, young: 2, mature: 1, leeches: 1, suspended: 1 });
    expect(architecture.averageRetrievability).toBeCloseTo((1 + 1 + recallAfter(30, 10) + recallAfter(12, 10) + recallAfter(3, 40)) / 5, 12);
  });

  it('keeps a row for an empty chapter, and ignores progress of cards no longer in the deck', () => {
    expect(mastery.chapters['installing-kubernetes']).toEqual({
      cards: 0,
      studied: 0,
      new: 0,
      learning: 0,
      young: 0,
      mature: 0,
      leeches: 0,
      suspended: 0,
      averageRetrievability: null,
      studiedShare: 0,
    });
    expect(mastery.deck).toMatchObject({ cards: 15, studied: 8, new: 7, learning: 2, young: 4, mature: 2, leeches: 1, suspended: 1 });
    expect(mastery.deck.studiedShare).toBe(8 / 15);
    expect(mastery.at).toBe(NOW);
  });

  it('lowers as time passes without reviews', () => {
    const later = deckMastery(insightsDeck, deckProgress(progress), NOW + 30 * DAY_MS, options);
    expect(later.deck.averageRetrievability!).toBeLessThan(mastery.deck.averageRetrievability!);
    expect(later.deck.studied).toBe(mastery.deck.studied);
  });
});
