// One finished quiz, as the quiz history keeps it. Ids only (no question text), so the history stays small.
export interface QuizRecord {
  /** Unique; merging two tabs' histories dedupes on it. */
  id: string;
  deckId: string;
  startedAt: number;
  finishedAt: number;
  mode: 'practice' | 'exam';
  questionCount: number;
  /** Points scored, 0–questionCount (list recall and matching give partial credit). */
  score: number;
  /** Cards behind the questions answered wrongly. */
  wrongCardIds: string[];
}
