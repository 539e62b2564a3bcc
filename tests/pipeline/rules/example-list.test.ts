import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('example-list', () => {
  it("names a label's list of examples by its section, even after a sentence that defines something", () => {
    expect(shown(lines('## Geology', '### Minerals', 'Minerals are natural solids with a crystal structure. Examples: quartz, mica, feldspar.'))).toEqual([
      ['definition', 'Minerals', 'natural solids with a crystal structure.'],
      ['enumeration', 'Examples of Minerals', 'quartz, mica, feldspar'],
    ]);
  });

  it('makes no list outside a section, nor of code', () => {
    expect(
      shown(lines('Examples: quartz, mica, feldspar.', '', '## Tools', '### Shell', 'Examples: `ls`, `cd`, `rm`.')).filter(([kind]) => kind === 'enumeration'),
    ).toEqual([]);
  });

  it("names no list by a callout's own label", () => {
    expect(shown(lines('## Rocks', '> [!note]', '> Examples: quartz, mica, feldspar.')).filter(([kind]) => kind === 'enumeration')).toEqual([]);
  });
});
