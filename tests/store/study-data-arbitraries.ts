// fast-check generators of valid study data, in the canonical form the store keeps
// (sorted logs, decks present in a map only when they have something there).
import fc from 'fast-check';
import {
  CARD_FLAGS,
  defaultStudySettings,
  State,
  type CardProgress,
  type ManualEntry,
  type ReviewEntry,
  type SchedulingState,
} from '../../src/domain/progress';
import { GRADES } from '../../src/domain/scheduler';
import type { QuizRecord } from '../../src/domain/quiz-record';
import type { RunningQuiz } from '../../src/domain/quiz-session';
import { setOwn } from '../../src/store/data/own-key';
import { compareReviewEntries, type QuizSessionSlot, type StudyData } from '../../src/store/data/study-data';
import { handMadeQuiz, handMadeRunning, kubeletChoice, kubeProxyTyped } from '../fixtures/quiz-questions';
import { studyData, type PlainStudyData } from '../study-data-kit';

const BASE = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 86_400_000;

/** Mostly whole seconds (what the store records), sometimes with milliseconds (older data). */
export const timeArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -YEAR_MS / 1000, max: (3 * YEAR_MS) / 1000 }).map((s) => BASE + s * 1000) },
  { weight: 1, arbitrary: fc.integer({ min: -YEAR_MS, max: 3 * YEAR_MS }).map((ms) => BASE + ms) },
);

/** Without -0, which JSON cannot tell from 0. */
const plainDouble = (max: number) => fc.double({ min: 0, max, noNaN: true }).map((x) => (x === 0 ? 0 : x));

/** On ts-fsrs's 8-decimal grid (what the scheduler gives), sometimes off it. */
const memoryNumberArb = (max: number) =>
  fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: max * 1e8 }).map((n) => n / 1e8) }, { weight: 1, arbitrary: plainDouble(max) });

const countArb = fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 5000 }) }, { weight: 1, arbitrary: plainDouble(1e4) });

export const schedulingStateArb: fc.Arbitrary<SchedulingState> = fc.record({
  due: timeArb,
  stability: memoryNumberArb(36500),
  difficulty: memoryNumberArb(10),
  scheduledDays: countArb,
  learningSteps: fc.nat({ max: 5 }),
  reps: fc.nat({ max: 1000 }),
  lapses: fc.nat({ max: 100 }),
  state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
  lastReview: fc.option(timeArb, { nil: null }),
});

export const cardProgressArb: fc.Arbitrary<CardProgress> = fc.record(
  { scheduling: schedulingStateArb, suspended: fc.boolean(), flag: fc.constantFrom(...CARD_FLAGS) },
  { requiredKeys: ['scheduling', 'suspended'] },
);

/** Realistic ids (long shared prefixes, past the front-coding limit too) and arbitrary text. */
export const cardIdArb = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('kubernetes-architecture', 'container-orchestration', 'a-chapter-with-a-very-long-name-that-goes-on-and-on-and-on-and-on'),
      fc.constantFrom('definition', 'enumeration', 'cloze', 'question'),
      fc.stringMatching(/^[a-z0-9-]{1,20}$/),
      fc.constantFrom('', '/reverse', '/c1', '/c2'),
    )
    .map(([chapter, kind, slug, suffix]) => `${chapter}/${kind}/${slug}${suffix}`),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Durations as the store keeps them: whole seconds, 0–60 s. */
const storedDurationArb = fc.integer({ min: 0, max: 60 }).map((s) => s * 1000);

function reviewEntryArb(cardIds: readonly string[]): fc.Arbitrary<ReviewEntry> {
  return fc.record({
    cardId: fc.constantFrom(...cardIds),
    at: timeArb,
    rating: fc.constantFrom(...GRADES),
    stateBefore: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
    durationMs: storedDurationArb,
    origin: fc.constantFrom<ReviewEntry['origin']>('review', 'quiz'),
  });
}

function manualEntryArb(cardIds: readonly string[]): fc.Arbitrary<ManualEntry> {
  return fc.record({ cardId: fc.constantFrom(...cardIds), at: timeArb, action: fc.constant<ManualEntry['action']>('forget') });
}

interface DeckParts {
  progress: Record<string, CardProgress>;
  changedAt: Record<string, number>;
  log: ReviewEntry[];
  manual: ManualEntry[];
  undone: Record<string, number[]>;
}

function deckArb(cardIds: readonly string[], sharedLog: readonly ReviewEntry[] = []): fc.Arbitrary<DeckParts> {
  return fc
    .record({
      progress: fc.dictionary(fc.constantFrom(...cardIds), cardProgressArb, { maxKeys: cardIds.length, noNullPrototype: true }),
      changedAtShift: fc.array(fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }), { minLength: 1, maxLength: 12 }),
      log: fc.array(reviewEntryArb(cardIds), { maxLength: 30 }),
      // Forgets are never undone, and a card has one entry a time.
      manual: fc.uniqueArray(manualEntryArb(cardIds), { maxLength: 4, selector: (entry) => `${entry.cardId}\u0000${entry.at}` }),
      undone: fc.dictionary(fc.constantFrom(...cardIds), fc.uniqueArray(timeArb, { minLength: 1, maxLength: 3 }), { maxKeys: 3, noNullPrototype: true }),
    })
    .map(({ progress, changedAtShift, log, manual, undone }) => {
      const changedAt: Record<string, number> = {};
      Object.entries(progress).forEach(([cardId, p], index) => {
        const implied = p.scheduling.lastReview ?? p.scheduling.due;
        const shift = changedAtShift[index % changedAtShift.length];
        // An id such as __proto__ must become an own entry, as the store writes it.
        setOwn(changedAt, cardId, shift === undefined ? implied : implied + shift * 1000);
      });
      const sortedUndone = Object.fromEntries(Object.entries(undone).map(([id, times]) => [id, [...times].sort((a, b) => a - b)]));
      // A review that was undone is no longer in the log.
      const isUndone = (entry: ReviewEntry) => Object.hasOwn(sortedUndone, entry.cardId) && sortedUndone[entry.cardId].includes(entry.at);
      const kept = [...sharedLog, ...log].filter((entry) => !isUndone(entry)).sort(compareReviewEntries);
      return { progress, changedAt, log: kept, manual: [...manual].sort(compareReviewEntries), undone: sortedUndone };
    });
}

const quizRecordArb = (ids: readonly string[]): fc.Arbitrary<QuizRecord> =>
  fc.record({
    id: fc.constantFrom(...ids),
    deckId: fc.constant('kubernetes'),
    startedAt: timeArb,
    finishedAt: timeArb,
    mode: fc.constantFrom<QuizRecord['mode']>('practice', 'exam'),
    questionCount: fc.constant(10),
    score: fc.integer({ min: 0, max: 10 }),
    wrongCardIds: fc.constant([]),
  });

/** The hand-made quiz under way: some questions answered, flagged and checked, the exam's deadline a time. */
const runningQuizArb = (ids: readonly string[]): fc.Arbitrary<RunningQuiz> =>
  fc
    .record({
      id: fc.constantFrom(...ids),
      startedAt: timeArb,
      mode: fc.constantFrom<RunningQuiz['plan']['mode']>('practice', 'exam'),
      practiceOnly: fc.boolean(),
      current: fc.nat({ max: handMadeQuiz.questions.length - 1 }),
      choice: fc.option(fc.nat({ max: 3 }), { nil: null }),
      typed: fc.string({ maxLength: 12 }),
      flagged: fc.subarray(handMadeQuiz.questions.map((question) => question.id)),
      spent: fc.nat({ max: 600_000 }),
    })
    .map(({ id, startedAt, mode, practiceOnly, current, choice, typed, flagged, spent }): RunningQuiz => ({
      ...handMadeRunning(mode, startedAt, practiceOnly ? { practiceOnly } : {}, id),
      current,
      responses: { [kubeletChoice.id]: { format: 'multiple-choice', choice }, [kubeProxyTyped.id]: { format: 'typed', text: typed } },
      flagged,
      graded: mode === 'practice' ? { [kubeletChoice.cardId]: 3 } : {},
      timeSpent: { [kubeletChoice.id]: spent },
      shownAt: startedAt + spent,
      ...(mode === 'practice' ? { outcomes: { [kubeletChoice.cardId]: 'graded' as const } } : {}),
    }));

const quizSessionSlotArb = (ids: readonly string[]): fc.Arbitrary<QuizSessionSlot> =>
  fc.record({ changedAt: timeArb, running: fc.option(runningQuizArb(ids), { nil: null }) });

const DECK_IDS = ['kubernetes', 'linux-basics', 'x'];
const QUIZ_IDS = ['q1', 'q2', 'q3', 'q4'];

interface DataOptions {
  /** Card ids to draw from; shared between the two sides of a merge so that they overlap. */
  cardIds: readonly string[];
  sharedLog?: readonly ReviewEntry[];
  /** Only resets earlier than every generated time, so generated items are never already reset. */
  earlyResetsOnly?: boolean;
}

export function studyDataFrom({ cardIds, sharedLog = [], earlyResetsOnly = false }: DataOptions): fc.Arbitrary<StudyData> {
  const resetArb = earlyResetsOnly ? fc.constantFrom(null, BASE - 2 * YEAR_MS) : fc.option(timeArb, { nil: null });
  return fc
    .record({
      decks: fc.dictionary(fc.constantFrom(...DECK_IDS), deckArb(cardIds, sharedLog), { maxKeys: 3, noNullPrototype: true }),
      progressResetAt: resetArb,
      settingsChangedAt: fc.option(timeArb, { nil: null }),
      newCardsPerDay: fc.nat({ max: 100 }),
      quizHistory: fc.uniqueArray(quizRecordArb(QUIZ_IDS), { selector: (record) => record.id, maxLength: 3 }),
      quizSessions: fc.dictionary(fc.constantFrom(...DECK_IDS), quizSessionSlotArb(QUIZ_IDS), { maxKeys: 2, noNullPrototype: true }),
    })
    .map(({ decks, progressResetAt, settingsChangedAt, newCardsPerDay, quizHistory, quizSessions }) => {
      const data: PlainStudyData = {
        progress: {},
        log: {},
        manualLog: {},
        cardChangedAt: {},
        undoneReviews: {},
        progressResetAt,
        settings: { ...defaultStudySettings, newCardsPerDay },
        settingsChangedAt,
        quizHistory: [...quizHistory].sort((a, b) => a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : 1)),
        // A quiz that is in the history is over: the store never keeps it in progress too.
        quizSessions: Object.fromEntries(
          Object.entries(quizSessions).map(([deckId, slot]) => [
            deckId,
            slot.running && quizHistory.some((record) => record.id === slot.running!.quiz.id) ? { ...slot, running: null } : slot,
          ]),
        ),
      };
      for (const [deckId, deck] of Object.entries(decks)) {
        if (Object.keys(deck.progress).length > 0) {
          data.progress[deckId] = deck.progress;
          data.cardChangedAt[deckId] = deck.changedAt;
        }
        if (deck.log.length > 0) data.log[deckId] = deck.log;
        if (deck.manual.length > 0) data.manualLog[deckId] = deck.manual;
        if (Object.keys(deck.undone).length > 0) data.undoneReviews[deckId] = deck.undone;
      }
      // Built plain, kept as the store keeps it (card maps, logs by month).
      return studyData(data);
    });
}

const cardPoolArb = fc.uniqueArray(cardIdArb, { minLength: 1, maxLength: 12 });

export const studyDataArb: fc.Arbitrary<StudyData> = cardPoolArb.chain((cardIds) => studyDataFrom({ cardIds }));

/** What two tabs might hold: the same cards, some reviews both have, each with changes of its own. */
export const twoTabsArb: fc.Arbitrary<[StudyData, StudyData]> = cardPoolArb.chain((cardIds) =>
  fc
    .array(reviewEntryArb(cardIds), { maxLength: 10 })
    .chain((sharedLog) => fc.tuple(studyDataFrom({ cardIds, sharedLog }), studyDataFrom({ cardIds, sharedLog }))),
);
