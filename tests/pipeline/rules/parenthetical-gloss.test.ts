import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('parenthetical-gloss', () => {
  it('defines a list item by what its parentheses say', () => {
    expect(
      shown(
        lines('Noble gases', '- Helium (a noble gas, the second lightest element)', '- Neon (used in bright signs)', '- NaCl (table salt; dissolves in water)'),
      ),
    ).toEqual([
      ['enumeration', 'Noble gases', 'Helium (a noble gas, the second lightest element), Neon (used in bright signs), NaCl (table salt; dissolves in water)'],
      ['definition', 'Helium', 'a noble gas, the second lightest element'],
      ['definition', 'Neon', 'used in bright signs'],
      ['definition', 'NaCl', 'table salt; dissolves in water'],
    ]);
  });

  it('is no abbreviation, no bare number or "etc.", and no long name', () => {
    expect(
      shown(lines('Title', '- Deoxyribonucleic acid (DNA)', '- Cell (18650, etc.)', '- The largest of all the known planets (Jupiter, Saturn)'))
        .filter(([kind]) => kind === 'definition')
        .map(([, prompt]) => prompt),
    ).toEqual(['DNA']);
  });

  it('lists one-word names in parentheses as the parts of what the line names', () => {
    expect(shown(lines('# Chemistry', '- Noble gases (helium, neon, argon)', '- Salt (sodium, chlorine)'))).toContainEqual([
      'enumeration',
      'Noble gases',
      'helium, neon, argon',
    ]);
  });
});
