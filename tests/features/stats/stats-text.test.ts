// Summaries on the stats screen.
import { describe, expect, it } from 'vitest';
import { buttonsSummary, retentionSummary } from '../../../src/features/stats/stats-text';
import { Rating } from '../../../src/domain/progress';

describe('stats in words', () => {
  it('sums true retention over the weeks, with this week and the target', () => {
    const weeks = [
      { weekStart: '2026-11-16', reviews: 10, passed: 8, retention: 0.8 },
      { weekStart: '2026-11-23', reviews: 30, passed: 28, retention: 28 / 30 },
    ];
    expect(retentionSummary(weeks, 0.9)).toBe('True retention over the last 12 weeks: 90% of 40 reviews passed; this week 93%; target 90%.');
    expect(retentionSummary([...weeks, { weekStart: '2026-11-30', reviews: 0, passed: 0, retention: null }], 0.85)).toBe(
      'True retention over the last 12 weeks: 90% of 40 reviews passed; target 85%.',
    );
  });

  it('gives each answer button its count and share', () => {
    expect(buttonsSummary({ [Rating.Again]: 1, [Rating.Hard]: 0, [Rating.Good]: 2, [Rating.Easy]: 1 }, 'review cards')).toBe(
      'Answer buttons for review cards: Again 1 (25%), Hard 0 (0%), Good 2 (50%), Easy 1 (25%).',
    );
    expect(buttonsSummary({ [Rating.Again]: 0, [Rating.Hard]: 0, [Rating.Good]: 0, [Rating.Easy]: 0 }, 'review cards')).toBe(
      'Answer buttons for review cards: none pressed yet.',
    );
  });
});
