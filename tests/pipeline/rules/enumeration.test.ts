import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

const lists = (text: string) =>
  shown(text)
    .filter(([kind]) => kind === 'enumeration')
    .map(([, prompt, answer]) => [prompt, answer]);

describe('enumeration', () => {
  it('lists numbered items under a title, by their terms', () => {
    expect(lists(lines('Layers of the atmosphere', '1. Troposphere: where weather happens', '2. Stratosphere: holds the ozone layer'))).toEqual([
      ['Layers of the atmosphere', 'Troposphere, Stratosphere'],
    ]);
  });

  it('lists the lines under a lead-in ending in a colon', () => {
    expect(lists(lines('Title', '-The digestive system has the following organs:', '--stomach', '--small intestine'))).toEqual([
      ['The digestive system has the following organs', 'stomach, small intestine'],
    ]);
  });

  it("lists a heading's names, and names of three or more under a section title", () => {
    expect(lists(lines('#### Noble gases', '- Helium (He)', '- Neon (Ne)'))).toEqual([['Noble gases', 'Helium (He), Neon (Ne)']]);
    expect(lists(lines('Layers of the network model', '-Link', '-Internet', '-Transport'))).toEqual([
      ['Layers of the network model', 'Link, Internet, Transport'],
    ]);
  });

  it('lists the sub-headings of a heading (of a chapter too), but not parts of a page nor weeks', () => {
    expect(lists(lines('## Sorting algorithms', '### Quicksort', 'Fast on average.', '### Mergesort', 'Stable.', '### Heapsort', 'In place.'))).toEqual([
      ['Sorting algorithms', 'Quicksort, Mergesort, Heapsort'],
    ]);
    expect(
      lists(
        lines(
          '# Course',
          '## Week 1',
          '### Atoms',
          'Small.',
          '### Ions',
          'Charged.',
          '### Molecules',
          'Bound.',
          '## Reading',
          '### Examples of atoms',
          'H, He.',
          '### Atlas',
          'Maps.',
          '### References',
          'A book.',
        ),
      ),
    ).toEqual([]);
  });

  it('lists the first column of a table under a heading that names a list', () => {
    expect(
      lists(lines('## Metals', '### Examples of alloys', '| Alloy | Made of |', '| --- | --- |', '| Bronze | copper, tin |', '| Brass | copper, zinc |')),
    ).toEqual([['Examples of alloys', 'Bronze, Brass']]);
  });

  it('asks a vague lead-in with the section it points back to', () => {
    expect(
      lists(lines('## Landforms', '### What is erosion?', 'Erosion wears rock away.', '', 'Examples of such forces:', '', '- Wind', '- Water', '- Ice')),
    ).toEqual([['Examples of such forces (What is erosion?)', 'Wind, Water, Ice']]);
  });

  it('makes no list of sentences under a plain title, of links, or of a pointer', () => {
    expect(
      lists(
        lines(
          'Notes on rocks',
          '-Rocks form in three ways, over millions of years.',
          '-Each can turn into another.',
          '',
          '## Links',
          '- [USGS](https://usgs.gov)',
          '- [BGS](https://bgs.ac.uk)',
        ),
      ),
    ).toEqual([]);
    expect(lists(lines('Benefits of walking', '1. Features mentioned below', '2. Better sleep', '3. Stronger heart'))).toEqual([
      ['Benefits of walking', 'Better sleep, Stronger heart'],
    ]);
  });

  it('lists the defined children of a bullet that only names them', () => {
    expect(
      shown(
        lines(
          '# Storage',
          '### Caches',
          '- A cache keeps recent data close.',
          '- Eviction policies',
          ' - **LRU**: drops the least recently used entry',
          ' - **FIFO**: drops the oldest entry',
        ),
      ),
    ).toContainEqual(['enumeration', 'Eviction policies', 'LRU, FIFO']);
  });
});
