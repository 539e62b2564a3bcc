// Small selectors for components. Each returns stored objects (or shared empty constants), never new ones,
// so `useStore(useStudyStore(), selector)` re-renders only when that part changes.
import type { CardProgress, ReviewEntry, StudySettings } from '../domain/progress';
import type { StorageIssue } from './persist/guarded-storage';
import type { QuizRecord } from '../domain/quiz-record';
import type { RunningQuiz } from '../domain/quiz-session';
import type { StudyState } from './study-state';
import { own } from './data/own-key';
import { deckCardValue } from './data/study-data';
import { emptyCardMap, type CardMap } from '../domain/card-map';
import { emptyReviewLog, type ReviewLog } from '../domain/review-log';

export const selectDeckProgress =
  (deckId: string) =>
  (state: StudyState): CardMap<CardProgress> =>
    own(state.progress, deckId) ?? emptyCardMap();

/** The deck's review log by month; `logEntries` gives it as one array for screens that read all of it. */
export const selectDeckLog =
  (deckId: string) =>
  (state: StudyState): ReviewLog<ReviewEntry> =>
    own(state.log, deckId) ?? emptyReviewLog();

export const selectCardProgress =
  (deckId: string, cardId: string) =>
  (state: StudyState): CardProgress | undefined =>
    deckCardValue(state.progress, deckId, cardId);

export const selectSettings = (state: StudyState): StudySettings => state.settings;

export const selectQuizHistory = (state: StudyState): readonly QuizRecord[] => state.quizHistory;

/** Whether the review-screen grade named by deck, card and time can still be undone (undoGrade). */
export const selectCanUndo =
  (deckId: string, graded: Pick<ReviewEntry, 'cardId' | 'at'> | undefined) =>
  (state: StudyState): boolean =>
    graded !== undefined && state.session.undoStack.some((step) => step.deckId === deckId && step.cardId === graded.cardId && step.entry.at === graded.at);

/** The deck's quiz in progress, or null. */
export const selectQuizSession =
  (deckId: string) =>
  (state: StudyState): RunningQuiz | null =>
    own(state.quizSessions, deckId)?.running ?? null;

export const selectStorageIssue = (state: StudyState): StorageIssue | null => state.session.storageIssue;
