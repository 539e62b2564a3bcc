// Each reason a section is weak, in words.
import { describe, expect, it } from 'vitest';
import type { WeaknessReason } from '../../../src/domain/weak-topics';
import { reasonsSentence, reasonText, timesText } from '../../../src/features/weak-topics/weak-topic-text';

const names: Record<string, string> = { a: 'Kubelet', b: 'Kube-proxy' };
const nameOf = (cardId: string) => names[cardId] ?? cardId;

describe('weak topic reasons in words', () => {
  it('counts times as people say them', () => {
    expect([1, 2, 3, 12].map(timesText)).toEqual(['once', 'twice', '3 times', '12 times']);
  });

  it('phrases each kind of reason', () => {
    const reasons: WeaknessReason[] = [
      { kind: 'lapses', points: 1.5, lapses: 3 },
      { kind: 'low-recall', points: 5.9, averageRecall: 0.4141 },
      { kind: 'confusions', points: 2, confusions: 2, cardId: 'a', confusedWithCardId: 'b', count: 2 },
      { kind: 'quiz-misses', points: 2, misses: 2, quizzes: 2, windowDays: 7 },
    ];
    expect(reasons.map((reason) => reasonText(reason, nameOf))).toEqual([
      '3 lapses',
      '41% predicted recall',
      'Kubelet confused with Kube-proxy twice',
      'missed in 2 quizzes this week',
    ]);
    expect(reasonsSentence(reasons, nameOf)).toBe('3 lapses, 41% predicted recall, Kubelet confused with Kube-proxy twice, missed in 2 quizzes this week');
  });

  it('says one of a kind, other windows, and confusions beyond the most frequent pair', () => {
    expect(reasonText({ kind: 'lapses', points: 1, lapses: 1 }, nameOf)).toBe('1 lapse');
    expect(reasonText({ kind: 'quiz-misses', points: 3, misses: 3, quizzes: 1, windowDays: 14 }, nameOf)).toBe('missed in 1 quiz in the last 14 days');
    expect(reasonText({ kind: 'confusions', points: 3, confusions: 3, cardId: 'b', confusedWithCardId: 'a', count: 1 }, nameOf)).toBe(
      'Kube-proxy confused with Kubelet once (3 confusions in all)',
    );
    expect(reasonsSentence([{ kind: 'quiz-misses', points: 1, misses: 1, quizzes: 1, windowDays: 7 }], nameOf)).toBe('Missed in 1 quiz this week');
  });
});
