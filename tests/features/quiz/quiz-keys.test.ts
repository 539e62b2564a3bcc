import { describe, expect, it } from 'vitest';
import { quizKeyAction, type KeyContext } from '../../../src/features/quiz/quiz-keys';

const press = (key: string, target: Element | null = document.body, more: Partial<KeyboardEvent> = {}) =>
  ({ key, target, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, repeat: false, isComposing: false, ...more }) as KeyboardEvent;

const practiceChoice: KeyContext = { mode: 'practice', format: 'multiple-choice', optionCount: 4 };
const examChoice: KeyContext = { mode: 'exam', format: 'multiple-choice', optionCount: 4 };
const examStatement: KeyContext = { mode: 'exam', format: 'true-false', optionCount: 0 };

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('quiz keys', () => {
  it('choose options with 1–4 or A–D (either case), within the options the question has', () => {
    expect(['1', '2', '3', '4', 'a', 'B', 'c', 'D'].map((key) => quizKeyAction(press(key), practiceChoice))).toEqual(
      [0, 1, 2, 3, 0, 1, 2, 3].map((index) => ({ kind: 'choose', index })),
    );
    expect(quizKeyAction(press('4'), { ...practiceChoice, optionCount: 3 })).toBeNull();
    expect(quizKeyAction(press('5'), practiceChoice)).toBeNull();
  });

  it('answer true or false with T and F; in an exam Shift+F flags there, and F flags any other question', () => {
    expect(quizKeyAction(press('t'), examStatement)).toEqual({ kind: 'true-false', value: true });
    expect(quizKeyAction(press('F'), examStatement)).toEqual({ kind: 'true-false', value: false });
    expect(quizKeyAction(press('F', document.body, { shiftKey: true }), examStatement)).toEqual({ kind: 'flag' });
    expect(quizKeyAction(press('f'), examChoice)).toEqual({ kind: 'flag' });
    expect(quizKeyAction(press('f'), practiceChoice)).toBeNull();
  });

  it('move between exam questions with the arrows, but not in practice or where arrows already move something', () => {
    expect(quizKeyAction(press('ArrowLeft'), examChoice)).toEqual({ kind: 'previous' });
    expect(quizKeyAction(press('ArrowRight'), examChoice)).toEqual({ kind: 'next' });
    expect(quizKeyAction(press('ArrowRight'), practiceChoice)).toBeNull();
    expect(quizKeyAction(press('ArrowRight', element('<input type="radio" name="theme">')), examChoice)).toBeNull();
    expect(quizKeyAction(press('ArrowRight', element('<select><option>a</option></select>')), examChoice)).toBeNull();
  });

  it('never act while typing in a field', () => {
    for (const html of ['<input type="text">', '<textarea></textarea>', '<input type="number">', '<div contenteditable="true"><span></span></div>']) {
      const field = element(html);
      const target = field.firstElementChild ?? field;
      for (const key of ['1', 'a', 't', 'f', 'Enter', 'ArrowLeft']) expect(quizKeyAction(press(key, target), examChoice), `${key} in ${html}`).toBeNull();
    }
  });

  it('leave Enter to buttons and links, which act on it themselves, and ignore held or modified keys', () => {
    expect(quizKeyAction(press('Enter'), practiceChoice)).toEqual({ kind: 'enter' });
    expect(quizKeyAction(press('Enter', element('<button>Next</button>')), practiceChoice)).toBeNull();
    expect(quizKeyAction(press('Enter', element('<a href="#/">Home</a>')), practiceChoice)).toBeNull();
    expect(quizKeyAction(press('1', document.body, { repeat: true }), practiceChoice)).toBeNull();
    expect(quizKeyAction(press('1', document.body, { ctrlKey: true }), practiceChoice)).toBeNull();
    expect(quizKeyAction(press('a', document.body, { metaKey: true }), practiceChoice)).toBeNull();
  });
});
