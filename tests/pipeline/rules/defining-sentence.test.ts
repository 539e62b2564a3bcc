import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('defining-sentence', () => {
  it('reads a definition in a later sentence of a paragraph', () => {
    expect(shown('Rivers carry sediment downstream. A delta is a landform at the mouth of a river.')).toEqual([
      ['definition', 'delta', 'a landform at the mouth of a river.'],
    ]);
  });

  it('reads `X = …`, with the long form of an abbreviation written on the line', () => {
    expect(shown('The GDP (gross domestic product) per person. GDP = total output / population.')).toEqual([
      ['definition', 'GDP', 'gross domestic product'],
      ['definition', 'GDP (gross domestic product)', 'total output / population'],
    ]);
  });

  it('reads "X is ADJ if …" as a definition of "ADJ X"', () => {
    expect(shown(lines('Title', '- A triangle is equilateral if all its sides are equal'))).toEqual([
      ['definition', 'Equilateral triangle', 'A triangle is equilateral if all its sides are equal'],
    ]);
  });

  it('reads "Compute the X (long form): definition"', () => {
    expect(shown('**4)** Percentiles. Compute the IQR (interquartile range): the spread of the middle half of the data.')).toEqual([
      ['definition', 'IQR', 'interquartile range'],
      ['definition', 'IQR (interquartile range)', 'the spread of the middle half of the data.'],
    ]);
  });

  it('is no "X is …" without an article in a later sentence', () => {
    expect(shown('Deltas form slowly. Attention is limited, too. Sand is commonly found near rivers.')).toEqual([]);
  });

  it('reads "When X is Y, …" as what holds for a Y X', () => {
    expect(shown(lines('# Stars', 'Stars burn hydrogen. When a star is massive, it ends its life as a supernova.'))).toEqual([
      ['definition', 'Massive star', 'When a star is massive, it ends its life as a supernova.'],
    ]);
  });

  it('reads "X is equal to …" and "X equals …", past an aside with "hence"', () => {
    expect(
      shown(
        lines('# Physics', '- Work, and hence energy, is equal to force times distance.', '- Power equals work per unit of time', '- The sum is equal to zero'),
      ),
    ).toEqual([
      ['definition', 'Work', 'equal to force times distance'],
      ['definition', 'Power', 'equal to work per unit of time'],
    ]);
  });
});
