import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

const lists = (text: string) => shown(text).filter(([kind]) => kind === 'enumeration');

describe('emphasised-list', () => {
  it('asks names set in italics or bold one after another with the sentence around them', () => {
    expect(
      lists(
        lines(
          '# Rocks',
          'Rocks are grouped into *igneous*, *sedimentary* and *metamorphic* rocks by how they form.',
          '',
          'Smelting works on **hematite, magnetite, siderite** alike.',
        ),
      ),
    ).toEqual([
      ['enumeration', 'Rocks are grouped into […] rocks by how they form.', 'igneous, sedimentary, metamorphic'],
      ['enumeration', 'Smelting works on […] alike.', 'hematite, magnetite, siderite'],
    ]);
  });

  it('leaves "etc." out, asks a pointing sentence with its section and a short one with the sentence before', () => {
    expect(
      lists(
        lines(
          '# Soil',
          '### Loam',
          'Its qualities, such as **drainage**, **texture**, **fertility**, etc. decide what grows.',
          '',
          'Clay holds water. So mostly **wheat, barley, oats**.',
        ),
      ),
    ).toEqual([
      ['enumeration', 'Its qualities, such as […] decide what grows. (Loam)', 'drainage, texture, fertility'],
      ['enumeration', 'Clay holds water. So mostly […].', 'wheat, barley, oats'],
    ]);
  });

  it('makes no list of two names, of sentences in bold, or of a line already read as a list', () => {
    expect(
      lists(
        lines(
          '# Soil',
          'Both *clay* and *silt* hold water.',
          '',
          '**Plants need water.** **They need light.** **They need soil.**',
          '',
          'Its crops are **wheat**, **barley**, **oats**.',
        ),
      ),
    ).toEqual([['enumeration', 'Its crops', 'wheat, barley, oats']]);
  });
});
