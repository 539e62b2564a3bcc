import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('named-term-title', () => {
  it('defines X under "What is X?"', () => {
    expect(shown(lines('## Earth', '### What is plate tectonics?', "It is the theory that Earth's outer shell is divided into moving plates."))).toEqual([
      ['definition', 'plate tectonics', "It is the theory that Earth's outer shell is divided into moving plates."],
    ]);
  });

  it('defines X under "Define X", its other bullets the details', () => {
    expect(
      shown(lines('Define photosynthesis', '-Photosynthesis turns light, water and carbon dioxide into sugar', '-It happens in the chloroplasts')),
    ).toEqual([['definition', 'Photosynthesis', 'Photosynthesis turns light, water and carbon dioxide into sugar']]);
  });

  it('leaves a comparison to be a question, and a term defined on a line of its own to that line', () => {
    expect(shown(lines('## Earth', '### What is the difference between weather and climate?', 'Weather changes by the hour; climate over decades.'))).toEqual([
      ['question', 'What is the difference between weather and climate?', 'Weather changes by the hour; climate over decades.'],
    ]);
    expect(shown(lines('Define igneous rock', '-Igneous rock: rock formed from magma'))).toEqual([['definition', 'Igneous rock', 'rock formed from magma']]);
  });

  it('answers with what follows the term and its verb when the first sentence restates the term', () => {
    expect(
      shown(lines('# Web', '### What are empty elements?', '', 'Empty elements are elements with no content between their tags. They close themselves.')),
    ).toEqual([['definition', 'Empty elements', 'elements with no content between their tags. They close themselves.']]);
  });
});
