import { describe, expect, it } from 'vitest';
import { cardsOf, lines, shown } from './rule-helpers';

describe('cloze-deletions', () => {
  it('makes one card per ==highlight==', () => {
    expect(shown('The ==mitochondrion== is the powerhouse of the cell')).toEqual([['cloze', 'The […] is the powerhouse of the cell', 'mitochondrion']]);
  });

  it('groups {{cN::…}} deletions by number and shows a hint', () => {
    expect(cardsOf('{{c1::Paris}} is the capital of {{c2::France::a country}}').map((card) => [card.id, card.prompt, card.answer])).toEqual([
      ['notes/cloze/paris-is-the-capital-of-france/c1', '[…] is the capital of France', 'Paris'],
      ['notes/cloze/paris-is-the-capital-of-france/c2', 'Paris is the capital of [a country]', 'France'],
    ]);
  });

  it('reads no cloze from code, from `===`, or from a highlighted sentence (emphasis, not a blank)', () => {
    expect(
      shown(lines('Title', '-the check `a ==b== c` in code', '-x === y in JavaScript', '', '==Always wear goggles when you heat a liquid in a test tube.==')),
    ).toEqual([]);
  });
});
