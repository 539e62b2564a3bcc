import { describe, expect, it } from 'vitest';
import { cardsOf, lines } from './rule-helpers';

const lists = (text: string) =>
  cardsOf(text)
    .filter((card) => card.kind === 'enumeration')
    .map((card) => [card.prompt, card.items]);

describe('inline-list', () => {
  it.each([
    ['Examples of noble gases are helium, neon, and argon, all of them inert', 'Examples of noble gases', ['helium', 'neon', 'argon']],
    ['Mercury, Venus, and Mars are the rocky planets', 'Rocky planets', ['Mercury', 'Venus', 'Mars']],
    ['The atom consists of protons, neutrons and electrons', 'The atom consists of', ['protons', 'neutrons', 'electrons']],
    ['A cell has parts: nucleus, membrane, cytoplasm', 'A cell has parts', ['nucleus', 'membrane', 'cytoplasm']],
    [
      'Some examples of fruit include, but are not limited to, apples (pome); cherries (drupe); and grapes (berry).',
      'Some examples of fruit',
      ['apples (pome)', 'cherries (drupe)', 'grapes (berry)'],
    ],
  ])('"%s"', (text, prompt, items) => {
    expect(lists(text)).toEqual([[prompt, items]]);
  });

  it('is not a sentence with commas, nor a list of long phrases', () => {
    expect(
      lists(
        lines(
          'Title',
          '-Rivers, wind and ice wear rock away over thousands of years',
          '-Bind pages of similar size, such as maps, to a board so there are fewer loose sheets',
        ),
      ),
    ).toEqual([]);
  });

  it('lists the values a thing can take ("can be A, B or C", "could be A or B")', () => {
    const listed = cardsOf(
      lines(
        '# Oceans',
        '- A tide can be high, low or slack',
        '- In most charts, currents can be warm (from the tropics) or cold',
        '- The weather could be done by then',
      ),
    )
      .filter((card) => card.kind === 'enumeration' && card.prompt !== 'Oceans')
      .map((card) => [card.prompt, card.items]);
    expect(listed).toEqual([
      ['A tide can be', ['high', 'low', 'slack']],
      ['In most charts, currents can be', ['warm (from the tropics)', 'cold']],
    ]);
  });
});
