// Finished quizzes, oldest first. The quiz screens fill it; the weak-topics and stats screens read it.
import { withQuizRecord } from '../data/quiz-history';
import type { QuizHistorySlice, StudySliceCreator } from '../study-state';

export const createQuizHistorySlice: StudySliceCreator<QuizHistorySlice> = (set, get) => ({
  quizHistory: [],
  addQuizRecord: (record) => {
    const history = get().quizHistory;
    const next = withQuizRecord(history, record);
    if (next !== history) set({ quizHistory: next });
  },
});
