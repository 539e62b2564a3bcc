import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('dash-definition', () => {
  it('reads `Term - definition`, `Term – definition` and `**Term** — definition`', () => {
    expect(
      shown(
        lines(
          'Title',
          '-Igneous rock - rock formed by the cooling of magma or lava',
          '-Magma – molten rock below the surface',
          '-**Lava** — molten rock above the surface',
        ),
      ).filter(([kind]) => kind === 'definition'),
    ).toEqual([
      ['definition', 'Igneous rock', 'rock formed by the cooling of magma or lava'],
      ['definition', 'Magma', 'molten rock below the surface'],
      ['definition', 'Lava', 'molten rock above the surface'],
    ]);
  });

  it('reads a dash glued to a one-word term', () => {
    expect(shown(lines('Title', '-mitosis- the cell divides into two identical daughter cells', '-other'))).toEqual([
      ['definition', 'mitosis', 'the cell divides into two identical daughter cells'],
    ]);
  });

  it('reads soft-wrapped `Term - definition` lines of one paragraph as one card each', () => {
    expect(shown(lines('Storage classes.', 'Standard - frequently read data', 'Archive - data read once a year or less'))).toEqual([
      ['definition', 'Standard', 'frequently read data'],
      ['definition', 'Archive', 'data read once a year or less'],
    ]);
  });

  it('is not a dash inside a word, a link or a sentence', () => {
    expect(
      shown(
        lines('Title', '-Pod-to-Pod traffic stays inside', '-Read [Maps - a primer](https://example.org) first', '-When it rains - and it will - take a coat'),
      ),
    ).toEqual([]);
  });
});
