// The store's full state: each slice's state and actions, and the creator type every slice uses. The slices'
// shapes live here rather than in their files (slices/), so a slice that reads another through `get()` depends on
// this file only, never on the other slice, and no import goes round in a circle.
import type { StateCreator } from 'zustand';
import type { CardMove } from '../domain/card-moves';
import type { Grade, ReviewEntry, SchedulingState, StudySettings } from '../domain/progress';
import type { UndoRecord } from '../domain/scheduler';
import type { QuizRecord } from './data/quiz-record';
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
  /** Grades a card at `now` (kept to the second), logs the review and makes it undoable. */
  gradeCard: (deckId: string, cardId: string, grade: Grade, now: number, durationMs: number, origin?: ReviewEntry['origin']) => GradeOutcome;
  /** Restores the card state before the last grade exactly and removes its log entry; null when there is nothing to undo. */
  undoLastGrade: () => ReviewEntry | null;
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

export type StudyState = ProgressSlice & SettingsSlice & QuizHistorySlice & SessionSlice;

/** A slice of the one store; `persist` wraps the combined store only. */
export type StudySliceCreator<Slice> = StateCreator<StudyState, [['zustand/persist', unknown]], [], Slice>;
