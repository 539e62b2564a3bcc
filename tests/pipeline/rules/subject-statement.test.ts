import { describe, expect, it } from 'vitest';
import { readSubjectStatement } from '../../../src/pipeline/rules/subject-statement';
import { lines, shown } from './rule-helpers';

const read = (text: string) => {
  const found = readSubjectStatement({ text, mask: text });
  return found ? [found.term, found.answer] : null;
};

describe('subject-statement', () => {
  it.each([
    ['Granite is an igneous rock with large crystals', 'Granite', 'an igneous rock with large crystals'],
    ['The Louvre, sometimes called the Grand Louvre, is a museum in Paris', 'Louvre', 'a museum in Paris'],
    ['Hubble Space Telescope launched by NASA in 1990', 'Hubble Space Telescope', 'launched by NASA in 1990'],
    ['HTTP stands for Hypertext Transfer Protocol', 'HTTP', 'Hypertext Transfer Protocol'],
    ['malloc-wrapper allocates and zeroes memory', 'malloc-wrapper', 'allocates and zeroes memory'],
    ['The essence of trade is exchange of goods', 'essence of trade', 'exchange of goods'],
    ['A trie is also a kind of search tree', 'trie', 'a kind of search tree'],
    ['Canvas is raster-based, working with pixels', 'Canvas', 'raster-based, working with pixels'],
  ])('"%s" defines %s', (text, term, answer) => {
    expect(read(text)).toEqual([term, answer]);
  });

  it.each([
    'Rivers are formed by rain',
    'Glaciers can carve valleys',
    'Basalt is also found on the Moon',
    'Sand is commonly found near rivers',
    'This layer is called the mantle',
    'What is a volcano and why does it erupt',
    'A feature used by geologists to date rocks',
    'The rocks are older than the fossils',
    'Demand is elastic if prices change quantities a lot',
  ])('"%s" defines nothing', (text) => {
    expect(read(text)).toBeNull();
  });

  it('makes a definition and its reverse of a subject statement in the notes, never of one whose answer is a link', () => {
    expect(shown(lines('Title', '-Granite is an igneous rock with large crystals', '-The map is based on [this survey](https://example.org)'))).toEqual([
      ['definition', 'Granite', 'an igneous rock with large crystals'],
    ]);
  });
});
