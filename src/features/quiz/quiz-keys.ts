// The quiz's keys: 1–4 or A–D choose an option, T/F answer true or false, Enter checks or moves on, ←/→ move
// between exam questions, F flags one (Shift+F on a true/false question, where F means False).
// Nothing fires while the learner types in a field.
import type { QuizFormat } from '../../domain/quiz-types';
import type { QuizMode } from '../../domain/quiz-session';

export type QuizKeyAction =
  { kind: 'choose'; index: number } | { kind: 'true-false'; value: boolean } | { kind: 'enter' } | { kind: 'previous' } | { kind: 'next' } | { kind: 'flag' };

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'repeat' | 'isComposing' | 'target'>;

export interface KeyContext {
  mode: QuizMode;
  format: QuizFormat;
  /** How many options the question on screen has (multiple choice). */
  optionCount: number;
}

const TEXT_ENTRY =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, select, [contenteditable]:not([contenteditable="false"])';
// Enter already activates these; the shortcut must not act a second time.
const ACTIVATES_ON_ENTER = 'button, a[href], summary, [role="button"], [role="link"], input[type="checkbox"], input[type="radio"]';

// Arrow keys already move within these (the theme radio group in the header, a select).
const OWNS_ARROW_KEYS = 'input[type="radio"], select, [role="radio"], [role="slider"], [role="tab"], [role="option"], [role="menuitem"]';

const targetMatches = (target: EventTarget | null, selector: string) => target instanceof Element && target.closest(selector) !== null;

const CHOICE_KEYS = ['1', '2', '3', '4'];
const CHOICE_LETTERS = ['a', 'b', 'c', 'd'];

/** The flag key on this question: Shift+F where F answers False. */
export const flagShortcut = (format: QuizFormat): string => (format === 'true-false' ? 'Shift+F' : 'F');

export function quizKeyAction(event: KeyPress, context: KeyContext): QuizKeyAction | null {
  if (event.repeat || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (targetMatches(event.target, TEXT_ENTRY)) return null;
  const { key } = event;
  const lower = key.length === 1 ? key.toLowerCase() : key;
  const exam = context.mode === 'exam';
  if (key === 'Enter') return targetMatches(event.target, ACTIVATES_ON_ENTER) ? null : { kind: 'enter' };
  if (exam && (key === 'ArrowLeft' || key === 'ArrowRight')) {
    if (targetMatches(event.target, OWNS_ARROW_KEYS) || event.shiftKey) return null;
    return { kind: key === 'ArrowLeft' ? 'previous' : 'next' };
  }
  if (exam && lower === 'f' && (event.shiftKey || context.format !== 'true-false')) return { kind: 'flag' };
  if (event.shiftKey) return null;
  if (context.format === 'true-false') {
    if (lower === 't') return { kind: 'true-false', value: true };
    if (lower === 'f') return { kind: 'true-false', value: false };
    return null;
  }
  if (context.format === 'multiple-choice') {
    const index = Math.max(CHOICE_KEYS.indexOf(lower), CHOICE_LETTERS.indexOf(lower));
    if (index >= 0 && index < context.optionCount) return { kind: 'choose', index };
  }
  return null;
}
