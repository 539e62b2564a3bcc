import { describe, expect, it } from 'vitest';
import { lines, reverses, shown } from './rule-helpers';

describe('tab-separated', () => {
  it('reads `term<TAB>definition` lines of an Anki or Quizlet export, one card each', () => {
    const exported = lines('osmosis\tdiffusion of water through a semipermeable membrane', 'mitosis\tdivision of a cell into two identical cells');
    expect(shown(exported)).toEqual([
      ['definition', 'osmosis', 'diffusion of water through a semipermeable membrane'],
      ['definition', 'mitosis', 'division of a cell into two identical cells'],
    ]);
    expect(reverses(exported)[0]).toEqual(['diffusion of water through a semipermeable membrane', 'osmosis']);
  });

  it('reads nothing from a line with more columns, or a term that is a link', () => {
    expect(shown(lines('a\tb\tc', 'https://example.org\tthe example site'))).toEqual([]);
  });
});
