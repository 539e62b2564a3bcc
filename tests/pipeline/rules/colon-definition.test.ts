import { describe, expect, it } from 'vitest';
import { lines, reverses, shown } from './rule-helpers';

describe('colon-definition', () => {
  it('reads `Term: definition` and its reverse', () => {
    const text = 'Photosynthesis: the process by which plants turn light into chemical energy';
    expect(shown(text)).toEqual([['definition', 'Photosynthesis', 'the process by which plants turn light into chemical energy']]);
    expect(reverses(text)).toEqual([['the process by which plants turn light into chemical energy', 'Photosynthesis']]);
  });

  it('reads `**Term**: definition` (the bold term may hold commas) and `**Term:** definition`', () => {
    expect(
      shown(lines('- **Radius, diameter**: the distance from the centre to the edge, and twice that', '- **Chord:** a line joining two points of a circle')),
    ).toEqual([
      ['definition', 'Radius, diameter', 'the distance from the centre to the edge, and twice that'],
      ['definition', 'Chord', 'a line joining two points of a circle'],
    ]);
  });

  it('reads a definition written below its bold term', () => {
    expect(shown(lines('- **Erosion**:', '  The wearing away of rock by water, wind and ice.'))).toEqual([
      ['definition', 'Erosion', 'The wearing away of rock by water, wind and ice.'],
    ]);
  });

  it('lists the items of a line whose answer opens with another definition, and defines that one', () => {
    expect(
      shown(
        lines('Title', '-Sedimentary rocks: sandstone - grains of sand cemented together', '--shale - compacted mud', '--limestone - mostly calcium carbonate'),
      ),
    ).toEqual([
      ['definition', 'sandstone', 'grains of sand cemented together'],
      ['enumeration', 'Sedimentary rocks', 'sandstone, shale, limestone'],
      ['definition', 'shale', 'compacted mud'],
      ['definition', 'limestone', 'mostly calcium carbonate'],
    ]);
  });

  it.each([
    ['a lead-in', 'The layers of the Earth are:'],
    ['a link as the answer', 'Atlas: https://example.org/atlas'],
    ['a label', 'Note: check the units first'],
    ['a clause before the colon', 'The mantle moves slowly: a few centimetres a year'],
    ['a pointer to another entry', 'Magma: see lava'],
    ['code', '`x: 1` in YAML'],
  ])('is not %s: "%s"', (_case, text) => {
    expect(shown(lines('Title', `-${text}`, '-other line'))).toEqual([]);
  });
});
