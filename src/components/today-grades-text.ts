// Today's grades in words, the same on Home, in Review and on Stats: "reviewed today" counts review grades only;
// quiz answers (which grade cards too, as weaker evidence) are named beside them, never added in.
import { plural } from './card-counts';

/** "plus 2 quiz answers", or nothing when there were none. */
export function quizAnswersBeside(quizAnswers: number): string {
  return quizAnswers > 0 ? `plus ${plural(quizAnswers, 'quiz answer')}` : '';
}

/** The line under a count of today's reviews: "reviews", "reviews, plus 2 quiz answers". */
export function reviewedTodayNote(reviews: number, quizAnswers: number): string {
  const what = reviews === 1 ? 'review' : 'reviews';
  const beside = quizAnswersBeside(quizAnswers);
  return beside ? `${what}, ${beside}` : what;
}
