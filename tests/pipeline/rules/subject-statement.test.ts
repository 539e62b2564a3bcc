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

  it('reads a quoted maxim, and one abstract noun as what "the X of Y" is', () => {
    expect(shown(lines('# Economics', '- "The essence of trade is specialisation"', '- The speed of light is constant'))).toEqual([
      ['definition', 'essence of trade', 'specialisation'],
    ]);
  });

  it('makes two definitions of a contrast with "while" or "whereas", each with its own half', () => {
    expect(shown(lines('# Microbes', 'A virus is a tiny infectious agent, whereas a bacterium is a single-celled organism. Both cause disease.'))).toEqual([
      ['definition', 'virus', 'a tiny infectious agent'],
      ['definition', 'bacterium', 'a single-celled organism.'],
    ]);
  });

  it('takes no subordinate clause for a subject', () => {
    expect(read('Although it is slower than walking, cycling is a popular way to travel')).toBeNull();
  });
});
