import { describe, expect, it } from 'vitest';
import { cardsOf, lines, shown } from './rule-helpers';

describe('question-title', () => {
  it('answers a question heading with the first sentence, the rest as details, and no reverse', () => {
    const cards = cardsOf(
      lines(
        '## Plants',
        '### Why do leaves change colour in autumn?',
        'Chlorophyll breaks down as days get shorter. The yellow and orange pigments that remain become visible.',
      ),
    );
    expect(cards.map((card) => [card.kind, card.reverse, card.prompt, card.answer, card.details])).toEqual([
      [
        'question',
        false,
        'Why do leaves change colour in autumn?',
        'Chlorophyll breaks down as days get shorter.',
        [{ text: 'The yellow and orange pigments that remain become visible.', depth: 1 }],
      ],
    ]);
  });

  it('answers a question bullet with the bullets under it (the first three)', () => {
    expect(shown(lines('Title', '- What causes the seasons?', "  - the tilt of Earth's axis", '  - not the distance to the Sun'))).toEqual([
      ['question', 'What causes the seasons?', "the tilt of Earth's axis; not the distance to the Sun"],
    ]);
  });

  it('answers a task title ("Explain …") with its one bullet', () => {
    expect(shown(lines('Explain why the sky is blue:', '-Air scatters blue light more than red light'))).toEqual([
      ['question', 'Explain why the sky is blue', 'Air scatters blue light more than red light'],
    ]);
  });

  it('makes a list of an answer written as a list in one sentence', () => {
    expect(shown(lines('## Trees', '### Which trees have you planted?', 'Yes, oak, ash, beech and rowan just to name a few. They grow slowly.'))).toEqual([
      ['enumeration', 'Which trees have you planted?', 'oak, ash, beech, rowan'],
    ]);
  });

  it('asks nothing inside an exercise block, and nothing with an answer in code only', () => {
    expect(
      shown(
        lines(
          '::: challenge',
          '## Try it',
          'How many moons can you see tonight?',
          'Write your count down.',
          ':::',
          '',
          '### What is a moon for?',
          '',
          '`TODO`',
        ),
      ),
    ).toEqual([]);
  });
});
