import { describe, expect, it } from 'vitest';
import { reviewKeyAction } from '../../../src/features/review/review-keys';
import { Rating } from '../../../src/domain/progress';
import { GRADES } from '../../../src/domain/scheduler';

function press(key: string, options: { target?: Element; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean; repeat?: boolean } = {}) {
  return reviewKeyAction({
    key,
    target: options.target ?? document.body,
    altKey: options.altKey ?? false,
    ctrlKey: options.ctrlKey ?? false,
    metaKey: options.metaKey ?? false,
    shiftKey: options.shiftKey ?? false,
    repeat: options.repeat ?? false,
    isComposing: false,
  });
}

describe('review keys', () => {
  it('maps Space and Enter to flip, 1–4 to grades and Z to undo', () => {
    expect(press(' ')).toEqual({ kind: 'flip' });
    expect(press('Enter')).toEqual({ kind: 'flip' });
    expect(['1', '2', '3', '4'].map((key) => press(key))).toEqual(GRADES.map((grade) => ({ kind: 'grade', grade })));
    expect(press('z')).toEqual({ kind: 'undo' });
    expect(press('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(press('5')).toBeNull();
    expect(press('a')).toBeNull();
  });

  it('leaves Space and Enter to buttons and links, which activate themselves', () => {
    const button = document.createElement('button');
    const link = Object.assign(document.createElement('a'), { href: '#/' });
    expect(press(' ', { target: button })).toBeNull();
    expect(press('Enter', { target: link })).toBeNull();
    expect(press('3', { target: button })).toEqual({ kind: 'grade', grade: Rating.Good });
  });

  it('ignores typing in text fields, held keys, and shortcuts with modifiers', () => {
    const input = document.createElement('input');
    expect(press('3', { target: input })).toBeNull();
    expect(press('z', { target: input })).toBeNull();
    expect(press(' ', { repeat: true })).toBeNull();
    expect(press('1', { ctrlKey: true })).toBeNull();
    expect(press('1', { altKey: true })).toBeNull();
    expect(press('Z', { shiftKey: true, ctrlKey: true })).toBeNull();
  });
});
