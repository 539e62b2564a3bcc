// The preview of an import, on the real deck and the fixture file: how the file compares with this browser, and what
// merge and replace would each do (cards, reviews, quizzes, settings, due counts today).
import { readFileSync } from 'node:fs';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { Rating } from '../../../src/domain/progress';
import { parseProgressFile } from '../../../src/store/progress-transfer/progress-transfer';
import { previewImport, type ImportOutcome } from '../../../src/store/progress-transfer/progress-transfer-preview';
import { emptyStudyData, studyDataOf, type StudyData } from '../../../src/store/data/study-data';
import { DAY, DECK, KUBELET, makeStore, MINUTE, POD, T0 } from '../store-test-kit';
import { repoPath } from '../../paths';

const deck: Deck = builtDeck;
const SCHEDULER = 'kubernetes-architecture/definition/scheduler';

function fixtureData(): StudyData {
  const read = parseProgressFile(readFileSync(repoPath('tests/fixtures/transfer/progress-kubernetes.json'), 'utf8'));
  if (!read.ok) throw new Error(read.reason);
  return read.data;
}

/**
 * This browser: Kubelet graded exactly as in the file (Good twice three days ago), Pod forgotten two hours ago
 * (the file has it learnt), the Scheduler learnt an hour ago (not in the file). Default settings, no quizzes.
 */
function browserData(): StudyData {
  const store = makeStore();
  const { gradeCard } = store.getState();
  gradeCard(DECK, KUBELET, Rating.Good, T0 - 3 * DAY, 9000);
  gradeCard(DECK, KUBELET, Rating.Good, T0 - 3 * DAY + 10 * MINUTE, 6000);
  gradeCard(DECK, POD, Rating.Again, T0 - 120 * MINUTE, 3000);
  gradeCard(DECK, SCHEDULER, Rating.Good, T0 - 60 * MINUTE, 3000);
  return studyDataOf(store.getState());
}

/** What an import would add (+), update (~) and remove (-), in one line: `cards +4 ~0 -0, reviews +6 -0, quizzes +1 -0`. */
const counts = (outcome: ImportOutcome) =>
  `cards +${outcome.cardsAdded} ~${outcome.cardsUpdated} -${outcome.cardsRemoved}, reviews +${outcome.reviewsAdded} -${outcome.reviewsRemoved}, ` +
  `quizzes +${outcome.quizzesAdded} -${outcome.quizzesRemoved}`;

describe('previewing an import', () => {
  it('compares the file’s cards, reviews, quizzes and settings with this browser’s', () => {
    const preview = previewImport(browserData(), fixtureData(), deck, T0);
    expect(preview.decks).toEqual([
      { deckId: 'kubernetes', title: 'Kubernetes', active: true, cards: { newToBrowser: 3, changed: 1, unchanged: 1 }, reviews: 7 },
      { deckId: 'linux-basics', title: null, active: false, cards: { newToBrowser: 1, changed: 0, unchanged: 0 }, reviews: 1 },
    ]);
    expect(preview.cards).toEqual({ newToBrowser: 4, changed: 1, unchanged: 1 });
    // An imported deck this browser has is named by its title.
    expect(previewImport(browserData(), fixtureData(), deck, T0, new Map([['linux-basics', 'Linux basics']])).decks[1]).toMatchObject({
      title: 'Linux basics',
      active: false,
    });
    expect(preview.reviewsInFile).toBe(8);
    // Kubelet's two reviews are already here; Pod's two, and the other four, are not.
    expect(preview.reviewsNew).toBe(6);
    expect(preview.quizzesInFile).toBe(1);
    expect(preview.quizzesNew).toBe(1);
    expect(preview.settings).toEqual([
      { key: 'newCardsPerDay', current: 20, incoming: 15 },
      { key: 'desiredRetention', current: 0.9, incoming: 0.85 },
    ]);
  });

  it('says what merge would do: add, keep this browser’s later changes, take the file’s settings', () => {
    const preview = previewImport(browserData(), fixtureData(), deck, T0);
    expect(preview.dueBefore).toEqual({ learning: 2, review: 1, new: 18 });
    const { merge } = preview.outcomes;
    expect(counts(merge)).toBe('cards +4 ~0 -0, reviews +6 -0, quizzes +1 -0');
    expect(merge.settingsChanged).toEqual(['newCardsPerDay', 'desiredRetention']);
    // Container orchestration (forgotten an hour ago in the file) joins Pod and the Scheduler; 15 new a day, 3 met today.
    expect(merge.due).toEqual({ learning: 3, review: 1, new: 12 });
  });

  it('says what replace would do, including what only this browser has and would lose', () => {
    const preview = previewImport(browserData(), fixtureData(), deck, T0);
    const { replace } = preview.outcomes;
    expect(counts(replace)).toBe('cards +4 ~1 -1, reviews +6 -2, quizzes +1 -0');
    expect(replace.settingsChanged).toEqual(['newCardsPerDay', 'desiredRetention']);
    // Pod learnt (as in the file) is a review card again; only container orchestration is learning.
    expect(replace.due).toEqual({ learning: 1, review: 2, new: 14 });
  });

  it('finds nothing to change when the file holds exactly this browser’s data', () => {
    const data = fixtureData();
    const preview = previewImport(data, data, deck, T0);
    expect(preview.cards).toEqual({ newToBrowser: 0, changed: 0, unchanged: 6 });
    expect(preview.reviewsNew).toBe(0);
    expect(preview.settings).toEqual([]);
    for (const mode of ['merge', 'replace'] as const) {
      expect(preview.outcomes[mode]).toMatchObject({
        cardsAdded: 0,
        cardsUpdated: 0,
        cardsRemoved: 0,
        reviewsAdded: 0,
        reviewsRemoved: 0,
        settingsChanged: [],
      });
      expect(preview.outcomes[mode].due).toEqual(preview.dueBefore);
    }
  });

  it('counts an empty browser’s due cards before, and the file’s after', () => {
    const preview = previewImport(emptyStudyData(), fixtureData(), deck, T0);
    expect(preview.dueBefore).toEqual({ learning: 0, review: 0, new: 20 });
    expect(preview.outcomes.merge.due).toEqual(preview.outcomes.replace.due);
    expect(preview.outcomes.merge.due).toEqual({ learning: 1, review: 2, new: 14 });
  });
});
