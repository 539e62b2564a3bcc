// Finished quizzes, oldest first. The quiz screens fill it; the weak-topics and stats screens read it.
import type { QuizRecord } from '../data/quiz-record';
import type { StudySliceCreator } from '../study-state';

export interface QuizHistorySlice {
  quizHistory: QuizRecord[];
  /** Adds a finished quiz; a record whose id is already there is ignored. */
  addQuizRecord: (record: QuizRecord) => void;
}

export const createQuizHistorySlice: StudySliceCreator<QuizHistorySlice> = (set, get) => ({
  quizHistory: [],
  addQuizRecord: (record) => {
    const history = get().quizHistory;
    if (history.some((existing) => existing.id === record.id)) return;
    set({ quizHistory: [...history, record].sort((a, b) => a.finishedAt - b.finishedAt) });
  },
});
