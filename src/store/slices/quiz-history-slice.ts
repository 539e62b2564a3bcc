// Finished quizzes, oldest first. The quiz screens fill it; the weak-topics and stats screens read it.
import type { QuizHistorySlice, StudySliceCreator } from '../study-state';

export const createQuizHistorySlice: StudySliceCreator<QuizHistorySlice> = (set, get) => ({
  quizHistory: [],
  addQuizRecord: (record) => {
    const history = get().quizHistory;
    if (history.some((existing) => existing.id === record.id)) return;
    set({ quizHistory: [...history, record].sort((a, b) => a.finishedAt - b.finishedAt) });
  },
});
