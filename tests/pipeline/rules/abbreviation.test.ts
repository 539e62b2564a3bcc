import { describe, expect, it } from 'vitest';
import { lines, reverses, shown } from './rule-helpers';

describe('abbreviation', () => {
  it('defines an abbreviation written after its long form, and the other way round', () => {
    const text = lines(
      'Title',
      '-Cells store energy as adenosine triphosphate (ATP) for later use',
      '-The WHO (World Health Organization) coordinates health work',
    );
    expect(shown(text)).toEqual([
      ['definition', 'ATP', 'adenosine triphosphate'],
      ['definition', 'WHO', 'World Health Organization'],
    ]);
    expect(reverses(text)).toEqual([
      ['adenosine triphosphate', 'ATP'],
      ['World Health Organization', 'WHO'],
    ]);
  });

  it('is no "(e.g. …)", no year, no word that is not spelled by the letters before it', () => {
    expect(shown(lines('Title', '-Metals (e.g. iron) conduct', '-The treaty was signed (1648) in Münster', '-A cheap device (PLC) nobody uses'))).toEqual([]);
  });

  it('gives way to a line that defines the abbreviation itself, whose card takes the long form as a detail', () => {
    const text = lines('Title', '-DNA: the molecule that carries genetic information', '-Cells copy deoxyribonucleic acid (DNA) before they divide');
    expect(shown(text)).toEqual([['definition', 'DNA', 'the molecule that carries genetic information']]);
  });
});
