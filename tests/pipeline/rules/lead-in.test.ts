import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('lead-in', () => {
  it('makes no card of a line ending in a colon, and asks its list by its last sentence, without "include"', () => {
    expect(shown(lines('Title', '-There are many theories. The three states of matter include:', '--solid', '--liquid', '--gas'))).toEqual([
      ['enumeration', 'The three states of matter', 'solid, liquid, gas'],
    ]);
  });

  it("asks a short label under a titled heading with the heading's title", () => {
    expect(
      shown(
        lines(
          '## Trees',
          '### Binary heap',
          '- A tree in which every parent is ordered before its children.',
          '- Time complexity:',
          '  - Insert: O(log n)',
          '  - Peek: O(1)',
        ),
      ).filter(([kind]) => kind === 'enumeration'),
    ).toEqual([['enumeration', 'Binary heap: Time complexity', 'Insert, Peek']]);
  });
});
