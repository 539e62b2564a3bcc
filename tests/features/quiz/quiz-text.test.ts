import { describe, expect, it } from 'vitest';
import { formatClock, formatPoints, listNumbers, percentOf, scheduleText } from '../../../src/features/quiz/quiz-text';

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

  it('says what a quiz did to the schedule, outcome by outcome', () => {
    expect(scheduleText({ practiceOnly: true }, { 'practice-only': 4 })).toEqual(['Practice only: your schedule was not changed.']);
    expect(scheduleText({}, { graded: 3, 'new-card': 1, 'graded-today': 2, 'not-lapsed': 1, suspended: 2 })).toEqual([
      '3 cards graded for your review schedule.',
      '1 new card stays new: only reviews introduce cards, within your daily limit.',
      '2 cards already graded by a quiz today, so not again.',
      '1 card you know from reviews missed here by a wrong pick: kept as a quiz miss (see Weak topics), not a lapse.',
      '2 cards suspended, left as they are.',
    ]);
    expect(scheduleText({}, { 'new-card': 2 })).toEqual(['2 new cards stay new: only reviews introduce cards, within your daily limit.']);
    expect(scheduleText({}, {})).toEqual(['No answer of this quiz changed your schedule.']);
  });
});
