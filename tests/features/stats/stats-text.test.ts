// Durations and summaries on the stats screen.
import { describe, expect, it } from 'vitest';
import { buttonsSummary, durationText, retentionSummary } from '../../../src/features/stats/stats-text';

describe('stats in words', () => {
  it('writes durations in seconds, minutes or hours and minutes', () => {
    expect([0, 44_000, 90_000, 59 * 60_000, 60 * 60_000, 65 * 60_000 + 20_000].map(durationText)).toEqual(['0 s', '44 s', '2 min', '59 min', '1 h', '1 h 5 min']);
  });

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
    expect(buttonsSummary({ 1: 1, 2: 0, 3: 2, 4: 1 }, 'review cards')).toBe('Answer buttons for review cards: Again 1 (25%), Hard 0 (0%), Good 2 (50%), Easy 1 (25%).');
    expect(buttonsSummary({ 1: 0, 2: 0, 3: 0, 4: 0 }, 'review cards')).toBe('Answer buttons for review cards: none pressed yet.');
  });
});
