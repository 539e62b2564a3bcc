import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('contrast-statement', () => {
  it('asks for the difference when a sentence says two named things are not the same', () => {
    expect(
      shown(
        lines(
          '# Climate',
          'Weather is not the same as climate, which is weather averaged over decades.',
          'Speed is different from velocity, which has a direction.',
        ),
      ),
    ).toEqual([
      ['definition', 'Weather vs climate', 'Weather is not the same as climate, which is weather averaged over decades.'],
      ['definition', 'Speed vs velocity', 'Speed is different from velocity, which has a direction.'],
    ]);
  });

  it('reads no contrast from a plain negation', () => {
    expect(shown(lines('# Climate', 'Weather is not predictable beyond ten days.', 'Rain is not rare in April.'))).toEqual([]);
  });
});
