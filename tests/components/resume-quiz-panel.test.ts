import { describe, expect, it } from 'vitest';
import { describeQuizInProgress } from '../../src/components/resume-quiz-panel';
import { checkCurrent, withResponse, type RunningQuiz } from '../../src/domain/quiz-session';
import { handMadeRunning, kubeletChoice } from '../fixtures/quiz-questions';

const T0 = Date.UTC(2026, 10, 27, 9, 0);
const MINUTE = 60_000;

const running = (mode: 'practice' | 'exam'): RunningQuiz =>
  handMadeRunning(mode, T0, { scope: { kind: 'chapter', chapterId: 'kubernetes-architecture' }, scopeLabel: 'Chapter 3: Kubernetes Architecture' });

describe('a quiz in progress, in words', () => {
  it('says how far a practice quiz is', () => {
    const checked = checkCurrent(withResponse(running('practice'), kubeletChoice.id, { format: 'multiple-choice', choice: 1 }), T0).state;
    expect(describeQuizInProgress(checked, T0 + MINUTE)).toBe('Practice quiz on Chapter 3: Kubernetes Architecture: 1 of 6 done.');
  });

  it('says how much time an exam has left, counted from its deadline, and when it is up', () => {
    const exam = withResponse(running('exam'), kubeletChoice.id, { format: 'multiple-choice', choice: 1 });
    expect(describeQuizInProgress(exam, T0 + 90_000)).toBe('Exam on Chapter 3: Kubernetes Architecture: 1 of 6 answered, 5 min left.');
    expect(describeQuizInProgress(exam, T0 + 5 * MINUTE + 1)).toBe('Exam on Chapter 3: Kubernetes Architecture: 1 of 6 answered, 1 min left.');
    expect(describeQuizInProgress(exam, T0 + 6 * MINUTE)).toBe(
      'Exam on Chapter 3: Kubernetes Architecture: 1 of 6 answered; the time is up, so resuming submits it.',
    );
  });
});
