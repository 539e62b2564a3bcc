// Quiz model: plain, JSON-serialisable data, so the store can keep quizzes and their results in history.
import type { SourcePlace } from './deck';
import type { Grade } from './progress';
import type { StudyScope } from './study-scope';

export type QuizFormat = 'multiple-choice' | 'true-false' | 'typed' | 'list-recall' | 'matching';

export const ALL_QUIZ_FORMATS: readonly QuizFormat[] = ['multiple-choice', 'true-false', 'typed', 'list-recall', 'matching'];

export const MIN_QUIZ_QUESTIONS = 5;
export const MAX_QUIZ_QUESTIONS = 50;

/** Another name from the deck a learner might give instead of the right one; used to reject wrong-but-close answers. */
export interface KnownTerm {
  text: string;
  /** The card that name belongs to (for confusions), when there is one. */
  cardId: string | null;
}

interface QuestionBase {
  /** Unique within its quiz. */
  id: string;
  format: QuizFormat;
  /** The card whose memory the question tests (its review grade goes there). */
  cardId: string;
  chapterId: string;
  sectionId: string | null;
  /** What the learner must say something about: a term, a definition, a cloze sentence, a lead-in. */
  prompt: string;
  /** What to do, as the learner reads it ("Choose the definition"). */
  instruction: string;
  /** Where in the notes this comes from ("see in notes"). */
  source: SourcePlace;
  sectionPath: string[];
}

export interface ChoiceOption {
  text: string;
  /** The card this option comes from (same direction as the question), or null for a bare list item. */
  cardId: string | null;
  /** For a definition option, the term it defines ("that is the definition of Scheduler"); null for term options. */
  belongsTo: string | null;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  format: 'multiple-choice';
  direction: 'term-to-definition' | 'definition-to-term';
  options: ChoiceOption[];
  correctIndex: number;
}

export interface TrueFalseQuestion extends QuestionBase {
  format: 'true-false';
  /** The prompt is the term; this is the definition shown with it. */
  statement: string;
  /** Whether `statement` is the term's own definition. */
  isTrue: boolean;
  /** The card the shown definition belongs to (the question's own card when true), and its term. */
  shownCardId: string;
  shownTerm: string;
  /** The term's own definition, shown after answering. */
  rightDefinition: string;
}

export interface TypedQuestion extends QuestionBase {
  format: 'typed';
  /** `term`: type the term for a definition; `cloze`: the hidden part; `answer`: a short question answer. */
  variant: 'term' | 'cloze' | 'answer';
  expected: string;
  /** Other spellings that are equally right (the same term defined elsewhere in the deck). */
  alternatives: string[];
  /** Names from the deck near the expected one; typing one of them is wrong, and the explanation says which. */
  otherTerms: KnownTerm[];
}

export interface ListRecallQuestion extends QuestionBase {
  format: 'list-recall';
  /** The items to name, in the notes' order. */
  items: string[];
  otherTerms: KnownTerm[];
}

export interface MatchingPair {
  cardId: string;
  term: string;
  definition: string;
  chapterId: string;
}

export interface MatchingQuestion extends QuestionBase {
  format: 'matching';
  /** Terms in the order shown; `cardId` of the question is the first pair's card. */
  pairs: MatchingPair[];
  /** Definitions in the order shown (a shuffle of the pairs' definitions). */
  definitions: string[];
  /** For each pair (term), the index in `definitions` of its definition. */
  answer: number[];
}

export type Question = MultipleChoiceQuestion | TrueFalseQuestion | TypedQuestion | ListRecallQuestion | MatchingQuestion;

export interface Quiz {
  id: string;
  deckId: string;
  seed: number;
  scope: StudyScope;
  formats: QuizFormat[];
  /** How many questions were asked for (after clamping to 5–50); `questions` may be fewer on a small deck. */
  requestedCount: number;
  questions: Question[];
}

/** What the learner answered; `null`/empty means no answer. */
export type QuizResponse =
  | { format: 'multiple-choice'; choice: number | null }
  | { format: 'true-false'; value: boolean | null }
  | { format: 'typed'; text: string }
  | { format: 'list-recall'; entries: string[] }
  | { format: 'matching'; matches: (number | null)[] };

/** How an answer (or list entry) was judged; `repeat` is a list entry naming an item already named. */
export type ItemVerdictKind = 'exact' | 'variant' | 'abbreviation' | 'typo' | 'key-words' | 'other-term' | 'repeat' | 'wrong' | 'empty';

/** One item of a list-recall answer or one pair of a matching answer. */
export interface ItemResult {
  expected: string;
  given: string | null;
  correct: boolean;
  kind: ItemVerdictKind;
  explanation: string;
  /** The card this item tests (matching pairs), otherwise null. */
  cardId: string | null;
  /** Matching: the card of the definition chosen instead, when wrong. */
  chosenCardId?: string | null;
}

export interface AnswerResult {
  questionId: string;
  format: QuizFormat;
  cardId: string;
  chapterId: string;
  answered: boolean;
  correct: boolean;
  /** 0..1; partial for list recall and matching, otherwise 0 or 1. */
  score: number;
  /** The answer as given, as text. */
  given: string;
  /** The right answer, as text. */
  rightAnswer: string;
  /** What the learner sees: "Accepted: small typo (kubelett → Kubelet)". */
  explanation: string;
  /** Per item (list recall) or per pair (matching). */
  items: ItemResult[];
  /** Entries of a list-recall answer that name nothing in the list. */
  extras: ItemResult[];
  /** The card of the wrong option or term the learner gave, when known. */
  chosenCardId: string | null;
}

export interface ScoreTally {
  questions: number;
  correct: number;
  /** Sum of question scores (partial credit included). */
  points: number;
  /** points / questions, 0..1 (0 when there are no questions). */
  ratio: number;
}

export interface QuizMistake {
  questionId: string;
  format: QuizFormat;
  cardId: string;
  prompt: string;
  given: string;
  rightAnswer: string;
  explanation: string;
  source: SourcePlace;
}

export interface QuizScore {
  total: ScoreTally;
  answered: number;
  byChapter: Record<string, ScoreTally>;
  byFormat: Partial<Record<QuizFormat, ScoreTally>>;
  results: AnswerResult[];
  mistakes: QuizMistake[];
  /** Card id → grade for the schedule (the worst grade when a card is tested twice). */
  reviewGrades: Record<string, Grade>;
  /** Card id → card id of the wrong option chosen for it (first confusion in the quiz). */
  confusions: Record<string, string>;
}
