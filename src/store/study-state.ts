// The store's full state: each slice's state and actions, and the creator type every slice uses. The slices'
// shapes live here rather than in their files (slices/), so a slice that reads another through `get()` depends on
// this file only, never on the other slice, and no import goes round in a circle.
import type { StateCreator } from 'zustand';
import type { CardMove } from '../domain/card-moves';
import type { Grade, ReviewEntry, SchedulingState, StudySettings } from '../domain/progress';
import type { UndoRecord } from '../domain/scheduler';
import type { QuizRecord } from '../domain/quiz-record';
import type { CardGrade, QuizGradeDecision } from '../domain/quiz-schedule';
import type { FinishedQuiz, RunningQuiz } from '../domain/quiz-session';
import type { SettingsCheck } from './data/settings-schema';
import type { StudyData } from './data/study-data';
import type { StorageIssue } from './persist/guarded-storage';

export interface GradeOutcome {
  scheduling: SchedulingState;
  entry: ReviewEntry;
  isLeech: boolean;
  /** True when this grade made the card a leech (the moment to offer suspending it). */
  becameLeech: boolean;
}

export interface ProgressSlice extends Pick<StudyData, 'progress' | 'log' | 'manualLog' | 'cardChangedAt' | 'undoneReviews' | 'progressResetAt'> {
  /**
   * Grades a card at `now` (kept to the second) and logs the grade; a review-screen grade (the default origin) is
   * made undoable. Quiz screens grade through the quiz session's actions, which apply the quiz policy first.
   */
  gradeCard: (deckId: string, cardId: string, grade: Grade, now: number, durationMs: number, origin?: ReviewEntry['origin']) => GradeOutcome;
  /**
   * Undoes one review-screen grade, named by its deck, card and time (a review session undoes only its own grades):
   * restores the card's state before it exactly and removes its log entry. Null when that grade cannot be undone
   * (not a review-screen grade of this page, or the card changed since).
   */
  undoGrade: (deckId: string, graded: Pick<ReviewEntry, 'cardId' | 'at'>) => ReviewEntry | null;
  setSuspended: (deckId: string, cardId: string, suspended: boolean, now: number) => void;
  /** Makes the card new again (suspension kept); its review history stays in the log, and the reset is logged too. */
  resetCard: (deckId: string, cardId: string, now: number) => void;
  /** Forgets every card's progress, the review log and the quiz history; settings stay. */
  resetAllProgress: (now: number) => void;
  /** Re-keys the progress of cards whose id changed (a renamed chapter or section) to their new ids. */
  moveCards: (deckId: string, moves: readonly CardMove[]) => void;
}

export interface SettingsSlice {
  settings: StudySettings;
  settingsChangedAt: number | null;
  /**
   * Applies a change if every field in it is valid (retention 0.70–0.97, limits whole numbers ≥ 0, day start hour
   * 0–23, …); otherwise changes nothing and returns a message per invalid field.
   */
  updateSettings: (change: Partial<StudySettings>, now: number) => SettingsCheck;
}

export interface QuizHistorySlice {
  quizHistory: QuizRecord[];
  /** Adds a finished quiz; a record whose id is already there is ignored. */
  addQuizRecord: (record: QuizRecord) => void;
}

export interface QuizSessionSlice extends Pick<StudyData, 'quizSessions'> {
  /** Keeps `running` as the deck's quiz in progress (a new quiz replaces the one before). */
  saveQuizSession: (deckId: string, running: RunningQuiz, now: number) => void;
  /**
   * Practice: keeps `running` and gives `grades` to the cards as the quiz policy allows (quiz-schedule.ts), in one
   * step; what happened to each grade is noted in the session and returned.
   */
  saveQuizAnswer: (deckId: string, running: RunningQuiz, grades: readonly CardGrade[], now: number) => QuizGradeDecision[];
  /** Ends the deck's quiz in progress without keeping it. */
  discardQuizSession: (deckId: string, now: number) => void;
  /**
   * Ends the quiz in progress: gives an exam's grades as the quiz policy allows, keeps the record (its results page
   * with what the quiz did to the schedule) in the history and clears the session, in one step. Returns the record
   * kept (the one already kept, when the quiz had been finished before).
   */
  finishQuizSession: (deckId: string, finished: FinishedQuiz, now: number) => QuizRecord;
}

/** One grade that can be undone. */
export interface UndoStep {
  deckId: string;
  cardId: string;
  entry: ReviewEntry;
  undo: UndoRecord;
  /** The state the grade produced: undo applies only while the card is still in it. */
  after: SchedulingState;
}

export interface SessionState {
  undoStack: UndoStep[];
  /** The storage problem to tell the learner about, or null. */
  storageIssue: StorageIssue | null;
}

export interface SessionSlice {
  session: SessionState;
  dismissStorageIssue: () => void;
}

export type StudyState = ProgressSlice & SettingsSlice & QuizHistorySlice & QuizSessionSlice & SessionSlice;

/** A slice of the one store; `persist` wraps the combined store only. */
export type StudySliceCreator<Slice> = StateCreator<StudyState, [['zustand/persist', unknown]], [], Slice>;
