import { describe, expect, it } from 'vitest';
import { cardsOf, lines, shown } from './rule-helpers';

describe('term-with-body', () => {
  it('defines a heading that names a term with the first sentence under it', () => {
    const [card] = cardsOf(
      lines('## Biology', '### Photosynthesis', 'The process by which plants turn light into chemical energy. It takes place in the chloroplasts.'),
    );
    expect([card.prompt, card.answer, card.details]).toEqual([
      'Photosynthesis',
      'The process by which plants turn light into chemical energy.',
      [{ text: 'It takes place in the chloroplasts.', depth: 1 }],
    ]);
  });

  it('reads a heading that names a command in code', () => {
    expect(shown(lines('## Tools', '### `grep`', '', '- print lines matching a pattern'))).toEqual([['definition', 'grep', 'print lines matching a pattern']]);
  });

  it('reads a bold-only line over bullets, and a bold term with its definition on the line below', () => {
    expect(shown(lines('**Mitochondrion**', "- produces most of the cell's energy", '', '- **Osmosis**', '  diffusion of water through a membrane'))).toEqual([
      ['definition', 'Mitochondrion', "produces most of the cell's energy"],
      ['definition', 'Osmosis', 'diffusion of water through a membrane'],
    ]);
  });

  it('names the entry by its heading when the line under it defines a narrower or plural form', () => {
    expect(shown(lines('## Genes', '### annotation', 'Genomic annotation refers to the process of finding genes in a genome.'))).toEqual([
      ['definition', 'annotation', 'the process of finding genes in a genome.'],
    ]);
  });

  it('is no topic heading over prose about something else, nor a heading over a label', () => {
    expect(
      shown(
        lines(
          '## Notes',
          '### Field trip',
          'We went to the coast on Monday and saw many cliffs. Then we ate lunch on the beach and went home by bus before the rain came in. Everyone was tired but happy, and the teacher said we had seen more than on any trip before.',
          '### Quicksort',
          '- Stable: No',
        ),
      ),
    ).toEqual([]);
  });

  it('takes a fragment opening with a participle ("Used as …") for a definition, whatever the body\'s length', () => {
    const long =
      'It may also mark an option before its value on a command line in many tools, or stand for standard input where a file name is expected by the program that reads it.';
    expect(shown(lines('# Symbols', '### hypen', '', '- Used as a minus sign', `- ${long}`))).toContainEqual(['definition', 'hypen', 'Used as a minus sign']);
  });
});
