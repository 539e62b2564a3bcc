import { describe, expect, it } from 'vitest';
import { formatClock, formatPoints, listNumbers, percentOf } from '../../../src/features/quiz/quiz-text';

describe('quiz text', () => {
  it('shows the exam clock as mm:ss, rounding up to the second and never below zero', () => {
    expect([600_000, 599_001, 65_000, 60_000, 59_999, 1, 0, -5_000, 3_723_000].map(formatClock)).toEqual([
      '10:00',
      '10:00',
      '01:05',
      '01:00',
      '01:00',
      '00:01',
      '00:00',
      '00:00',
      '1:02:03',
    ]);
  });

  it('keeps a half point of partial credit, and rounds percentages', () => {
    expect([8, 7.5, 2.75, 1 / 3].map(formatPoints)).toEqual(['8', '7.5', '2.8', '0.3']);
    expect([percentOf(2.75, 5), percentOf(2, 3), percentOf(0, 0)]).toEqual([55, 67, 0]);
  });

  it('lists question numbers as words do', () => {
    expect([listNumbers([3]), listNumbers([3, 4]), listNumbers([2, 5, 7])]).toEqual(['3', '3 and 4', '2, 5 and 7']);
  });
});
