import { describe, expect, it } from 'vitest';
import { lines, reverses, shown } from './rule-helpers';

describe('term-table', () => {
  it('makes a definition of each row of a term | meaning table, never of its header', () => {
    const text = lines('| Term | Meaning |', '| --- | --- |', '| Mantle | the layer between crust and core |', '| Crust | the thin outer layer |');
    expect(shown(text)).toEqual([
      ['definition', 'Mantle', 'the layer between crust and core'],
      ['definition', 'Crust', 'the thin outer layer'],
    ]);
    expect(reverses(text)[0]).toEqual(['the layer between crust and core', 'Mantle']);
  });

  it('names a row of symbols by what the table lists, and a value by its column', () => {
    expect(
      shown(
        lines(
          '# Shell operators',
          '',
          '| Op | What it does |',
          '| --- | --- |',
          '| `&&` | run the next command if this one succeeded |',
          '| `\\|\\|` | run the next command if this one failed |',
        ),
      ),
    ).toEqual([
      ['definition', 'Shell operator &&', 'run the next command if this one succeeded'],
      ['definition', 'Shell operator ||', 'run the next command if this one failed'],
    ]);
    expect(shown(lines('| Price elasticity | Meaning |', '| --- | --- |', '| e > 1 | demand is elastic |', '| e < 1 | demand is inelastic |'))).toEqual([
      ['definition', 'Price elasticity: e > 1', 'demand is elastic'],
      ['definition', 'Price elasticity: e < 1', 'demand is inelastic'],
    ]);
  });
});
