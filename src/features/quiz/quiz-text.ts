// Words and numbers of the quiz screens: format names, scores, the exam clock, durations and dates.
import { plural } from '../../components/card-counts';
import type { QuizRecord } from '../../domain/quiz-record';
import type { QuizScheduleSummary } from '../../domain/quiz-schedule';
import type { QuizFormat } from '../../domain/quiz-types';

export const FORMAT_LABELS: Record<QuizFormat, string> = {
  'multiple-choice': 'Multiple choice',
  'true-false': 'True or false',
  typed: 'Typed answer',
  'list-recall': 'List recall',
  matching: 'Matching',
};

export const FORMAT_DESCRIPTIONS: Record<QuizFormat, string> = {
  'multiple-choice': 'Pick the definition for a term, or the term for a definition, from 4 options',
  'true-false': 'Say whether a definition belongs to a term',
  typed: 'Type the term for a definition, or the hidden part of a sentence',
  'list-recall': 'Name every item of a list from your notes, in any order',
  matching: 'Match 4 to 6 terms to their definitions',
};

export const MODE_LABELS = { practice: 'Practice', exam: 'Exam' } as const;

/** Letters shown on choice options and matching definitions. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

export const optionLetter = (index: number): string => OPTION_LETTERS[index] ?? String(index + 1);

/** "7.5" or "8": points keep a half when partial credit gives one, never a long fraction. */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** Whole percent of points out of questions (0 for an empty quiz). */
export function percentOf(points: number, questions: number): number {
  return questions === 0 ? 0 : Math.round((points / questions) * 100);
}

/** The exam clock: "09:05", "1:02:00" past an hour; never negative. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** The clock read aloud: "9 minutes 5 seconds". */
export function spokenClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(plural(minutes, 'minute'));
  if (seconds > 0 || minutes === 0) parts.push(plural(seconds, 'second'));
  return parts.join(' ');
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "27 Nov 2026, 09:00" in the learner's time zone. */
export const formatDateTime = (at: number): string => dateTimeFormat.format(at);

/** "questions 2, 5 and 7" */
export function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** What a finished quiz did to the schedule, in sentences (README, "Quizzes and your schedule"). */
export function scheduleText(record: Pick<QuizRecord, 'practiceOnly'>, schedule: QuizScheduleSummary): string[] {
  if (record.practiceOnly) return ['Practice only: your schedule was not changed.'];
  const cards = (count: number) => plural(count, 'card');
  const lines: string[] = [];
  const { graded = 0, 'new-card': fresh = 0, 'graded-today': today = 0, 'not-lapsed': notLapsed = 0, suspended = 0 } = schedule;
  if (graded > 0) lines.push(`${cards(graded)} graded for your review schedule.`);
  if (fresh > 0) lines.push(`${plural(fresh, 'new card')} ${fresh === 1 ? 'stays' : 'stay'} new: only reviews introduce cards, within your daily limit.`);
  if (today > 0) lines.push(`${cards(today)} already graded by a quiz today, so not again.`);
  if (notLapsed > 0) {
    const kept = notLapsed === 1 ? 'kept as a quiz miss (see Weak topics), not a lapse' : 'kept as quiz misses (see Weak topics), not lapses';
    lines.push(`${cards(notLapsed)} you know from reviews missed here by a wrong pick: ${kept}.`);
  }
  if (suspended > 0) lines.push(`${cards(suspended)} suspended, left as ${suspended === 1 ? 'it is' : 'they are'}.`);
  return lines.length > 0 ? lines : ['No answer of this quiz changed your schedule.'];
}
