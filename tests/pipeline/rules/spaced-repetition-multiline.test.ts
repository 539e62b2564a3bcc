import { describe, expect, it } from 'vitest';
import { cardsOf, lines, shown } from './rule-helpers';

describe('spaced-repetition-multiline', () => {
  it('reads the question, a `?` line, then the answer', () => {
    expect(shown(lines('What are the three primary colours of light?', '?', 'Red, green and blue'))).toEqual([
      ['question', 'What are the three primary colours of light?', 'Red, green and blue'],
    ]);
  });

  it("reads `??` both ways and ignores the plugin's scheduling comment", () => {
    expect(
      cardsOf(lines('Chemical symbol of gold', '??', 'Au', '<!--SR:!2026-01-01,3,250-->')).map((card) => [card.reverse, card.prompt, card.answer]),
    ).toEqual([
      [false, 'Chemical symbol of gold', 'Au'],
      [true, 'Au', 'Chemical symbol of gold'],
    ]);
  });
});
