import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('kinds-of-term', () => {
  it("lists the defined terms that are kinds of the heading's term, each still a card of its own", () => {
    const notes = lines(
      '## Geology',
      '### Volcano',
      '- A volcano is an opening in the crust where magma escapes.',
      '- **Shield volcano**: a broad volcano built by fluid lava',
      '- **Composite volcano**: a steep volcano built by layers of ash and lava',
      '- **Lava**: molten rock at the surface',
    );
    expect(shown(notes)).toEqual([
      ['enumeration', 'Kinds of Volcano', 'Shield volcano, Composite volcano'],
      ['definition', 'Volcano', 'an opening in the crust where magma escapes.'],
      ['definition', 'Shield volcano', 'a broad volcano built by fluid lava'],
      ['definition', 'Composite volcano', 'a steep volcano built by layers of ash and lava'],
      ['definition', 'Lava', 'molten rock at the surface'],
    ]);
  });

  it('lists glossary terms whose definitions name the same kind, and three terms or more with the same last word', () => {
    const notes = lines(
      '# Teaching terms',
      '- **Socratic seminar**: A discussion format in which students question a text together',
      '- **Fishbowl**: A discussion format in which an inner circle talks while an outer circle listens',
      '- **Formative assessment**: checks learning while it happens',
      '- **Summative assessment**: measures learning at the end',
      "- **Peer assessment**: learners judge each other's work",
    );
    expect(shown(notes).filter(([, prompt]) => prompt.startsWith('Kinds of'))).toEqual([
      ['enumeration', 'Kinds of assessment', 'Formative assessment, Summative assessment, Peer assessment'],
      ['enumeration', 'Kinds of discussion format', 'Socratic seminar, Fishbowl'],
    ]);
  });

  it('asks a group once, not again inside a larger one, and never from a vague kind', () => {
    const notes = lines(
      '# Trees',
      '### Tree',
      '- **Full tree**: a tree in which every node has 0 or 2 children',
      '- **Perfect binary tree**: a binary tree in which every level is full',
      '- **Complete binary tree**: a binary tree in which only the last level may be partly full',
      '- **Pruning**: a way of removing branches',
      '- **Grafting**: a way of joining branches',
    );
    expect(shown(notes).filter(([, prompt]) => prompt.startsWith('Kinds of'))).toEqual([
      ['enumeration', 'Kinds of Tree', 'Full tree, Perfect binary tree, Complete binary tree'],
    ]);
  });

  it('makes no list of one kind, nor of terms that only share a word', () => {
    const notes = lines('## Geology', '### Rock cycle', '- **Igneous rock**: rock formed from magma', '- **Cycle time**: how long one turn takes');
    expect(shown(notes).filter(([, prompt]) => prompt.startsWith('Kinds of'))).toEqual([]);
  });
});
