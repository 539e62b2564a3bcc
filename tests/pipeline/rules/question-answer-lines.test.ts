import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('question-answer-lines', () => {
  it('reads a `Q:` line and the `A:` line after it, in one paragraph or as bullets', () => {
    const expected = [['question', 'Which planet has the most moons?', 'Saturn']];
    expect(shown(lines('Q: Which planet has the most moons?', 'A: Saturn'))).toEqual(expected);
    expect(shown(lines('Title', '- Question: Which planet has the most moons?', '- Answer: Saturn'))).toEqual(expected);
  });

  it('makes nothing of a `Q:` line with no answer', () => {
    expect(shown(lines('Title', '-Q: an open question', '-a note'))).toEqual([]);
  });
});
