import { describe, expect, it } from 'vitest';
import { cardsOf, lines, shown } from './rule-helpers';

describe('double-colon', () => {
  it('reads `Question :: Answer` as a question', () => {
    expect(shown('Largest planet of the solar system :: Jupiter')).toEqual([['question', 'Largest planet of the solar system', 'Jupiter']]);
  });

  it('reads `Question ::: Answer` both ways', () => {
    expect(cardsOf('Capital of Peru ::: Lima').map((card) => [card.reverse, card.prompt, card.answer])).toEqual([
      [false, 'Capital of Peru', 'Lima'],
      [true, 'Lima', 'Capital of Peru'],
    ]);
  });

  it('leaves `std::vector` and `Foo::Bar` alone, and keeps each `::` line a card of its own', () => {
    expect(shown(lines('Title', '-Use std::vector here', '-Call Foo::Bar first'))).toEqual([]);
    expect(shown(lines('Boiling point of water :: 100 °C', 'Freezing point of water :: 0 °C'))).toEqual([
      ['question', 'Boiling point of water', '100 °C'],
      ['question', 'Freezing point of water', '0 °C'],
    ]);
  });
});
