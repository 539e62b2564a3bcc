import { describe, expect, it } from 'vitest';
import { cardsOf, lines } from './rule-helpers';

describe('quoted-name', () => {
  it('defines the name a line ends with, in quotes between parentheses, and lists those names', () => {
    const cards = cardsOf(
      lines(
        'Heat moves in three ways:',
        '- Heat that flows through a solid by contact ("conduction").',
        '- Heat carried by a moving fluid ("convection").',
        '- Heat that travels as light ("radiation").',
      ),
    ).filter((card) => !card.reverse);
    expect(cards.map((card) => [card.kind, card.prompt, card.answer])).toEqual([
      ['enumeration', 'Heat moves in three ways', 'conduction, convection, radiation'],
      ['definition', 'conduction', 'Heat that flows through a solid by contact'],
      ['definition', 'convection', 'Heat carried by a moving fluid'],
      ['definition', 'radiation', 'Heat that travels as light'],
    ]);
  });
});
