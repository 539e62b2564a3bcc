// The store's full state type and the slice creator type every slice uses.
import type { StateCreator } from 'zustand';
import type { ProgressSlice } from './slices/progress-slice';
import type { QuizHistorySlice } from './slices/quiz-history-slice';
import type { SessionSlice } from './slices/session-slice';
import type { SettingsSlice } from './slices/settings-slice';

export type StudyState = ProgressSlice & SettingsSlice & QuizHistorySlice & SessionSlice;

/** A slice of the one store; `persist` wraps the combined store only. */
export type StudySliceCreator<Slice> = StateCreator<StudyState, [['zustand/persist', unknown]], [], Slice>;
