// Notes written by other people (../shared/notes/wild/, beside the project): every file gives concrete cards a
// careful card-maker would make (picked from its golden list, with their answers), no card the mechanical junk
// rules of score.mjs flag, and nothing throws. The path is found from this file, not from where the tests run.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card, Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { buildImportedDeck } from '../../src/pipeline/browser-import';

const WILD = new URL('../../../shared/notes/wild/', import.meta.url);
type JunkReason = (card: Card) => string | null;
let junkReason: JunkReason;

beforeAll(async () => {
  ({ junkReason } = (await import(new URL('score.mjs', WILD).href)) as { junkReason: JunkReason });
});

/** The note files with a golden list (SOURCES.md is about them, not notes). */
const golden = new Set(readdirSync(fileURLToPath(new URL('golden/', WILD))).map((name) => name.replace(/\.json$/, '.md')));
const files = readdirSync(fileURLToPath(WILD))
  .filter((name) => golden.has(name))
  .sort();
const deckOf = (name: string): Deck => buildDeck([{ path: name, text: readFileSync(fileURLToPath(new URL(name, WILD)), 'utf8') }], { fallbackTitle: name });

/** A card the file must give: its kind, its prompt (or term), and what its answer must say. */
type Expected = [kind: Card['kind'], prompt: string, answer: RegExp];

const EXPECTED: Record<string, Expected[]> = {
  'befunge-commands.md': [
    ['definition', 'Befunge command +', /^Addition: Pop two values a and b, then push the result of a\+b$/],
    ['definition', 'Befunge command >', /^PC direction right$/],
    ['definition', 'Befunge command _', /^Horizontal IF: pop a value; set direction to right if value=0/],
    ['definition', 'Befunge command @', /^End program$/],
    ['definition', 'Befunge command 0 – 9', /^Push corresponding number onto the stack$/],
  ],
  'cs-terminology.md': [
    ['definition', 'Arity', /refers to the number of arguments a function, or the number of operands an operator, takes/],
    ['definition', 'Data Structure', /^A collection of data values, the relationships among them/],
    ['definition', 'Higher-order Function', /^A function that consumes one or more function/],
    ['definition', 'Process', /image of the executable machine code of a program/],
    ['definition', 'Weak/Dynamic Typing', /allows variables declared under this scheme to hold values of any type/],
    ['enumeration', 'Some examples of expressions', /^literal value expression \(42\), literal string expression/],
  ],
  'ds-technical-questions.md': [
    ['question', 'Write SQL queries to extract the following information: The number of active ads.', /^SELECT count\(\*\) FROM Ads WHERE status = 'active';$/],
    ['definition', 'CTR (click-through rate)', /^number of clicks \/ number of impressions$/],
    ['definition', 'palindrome', /^a word which reads the same backward as forwards/],
    ['definition', 'RLE (run-length encoding)', /^encode each character by the number of times it appears consecutively/],
    ['definition', 'IDF', /^inverse document frequency$/],
    ['definition', 'RMSE', /^root mean squared error$/],
  ],
  'dsa-interviews.md': [
    ['definition', 'Singly-linked list', /^linked list in which each node points to the next node and the last node points to null$/],
    ['definition', 'Tree', /^an undirected, connected, acyclic graph$/],
    ['definition', 'Trie', /^a kind of search tree/],
    ['definition', 'Depth First Search', /explores as far as possible along each branch before backtracking/],
    ['definition', 'Topological Sort', /linear ordering of a directed graph's nodes/],
    ['enumeration', 'Runtime Analysis', /^Big O Notation, Little O Notation, Big Ω Omega Notation, Little ω Omega Notation, Theta Θ Notation$/],
  ],
  'econ-elasticity.md': [
    ['definition', 'Second Law of Demand', /The price elasticity of demand will increase with time/],
    ['definition', 'change in demand', /^a shift in the demand curve/],
    ['definition', 'change in quantity demanded', /^a movement along the existing demand curve/],
    ['definition', 'Elastic demand', /absolute value of the measured elasticity is greater than 1/],
    ['definition', 'Cross-Price Elasticity of Demand', /positive cross-price elasticity indicates that two commodities are substitutes/],
  ],
  'fe-html-questions.md': [
    ['definition', 'DOCTYPE', /^an abbreviation for Document Type\./],
    ['question', 'How do you serve a page with content in multiple languages?', /most common case/],
    [
      'enumeration',
      'Consider HTML5 as an open web platform. What are the building blocks of HTML5?',
      /^Semantics, Connectivity, Offline and storage, Multimedia/,
    ],
    ['definition', 'FOUC', /^flashes of unstyled content$/],
    ['definition', 'Progressive rendering', /^the name given to techniques used to improve the performance of a webpage/],
    ['enumeration', 'Have you used different HTML templating languages before?', /^Pug \(formerly Jade\), ERB, Slim, Handlebars, Jinja, Liquid, EJS$/],
  ],
  'li-ion-batteries.md': [
    ['definition', 'electrolyte', /^a solution made of Lithium salts and organic solvents/],
    ['definition', 'LCO', /^Lithium Cobalt Oxide$/],
    ['definition', 'All Solid State Batteries (ASSBs)', /^the next generation of batteries/],
    ['definition', 'LiPF6', /^Lithium Hexafluorophosphate; main conductive salt/],
    ['enumeration', 'Cyclic Esters', /^Ethylene Carbonate \(EC\), Propylene Carbonate \(PC\), γ-Butyrolactone \(GBL\)$/],
    ['enumeration', 'Variations', /^Lithium Ion \(Li-Ion\), Lithium Polymer \(Li-Po\), Solid State Batteries \(SSBs\), Lithium Sulphur \(Li-S\)$/],
  ],
  'mbb243-glossary.md': [
    ['definition', 'cat', /^concatenate files and print on the standard output$/],
    ['definition', 'samtools', /^Utilities for the Sequence Alignment\/Map \(SAM\) format$/],
    ['definition', 'byte', /^A set of eight bits\.$/],
    ['definition', 'dollar sign $', /^Goes before a bash variable when retrieving/],
    ['definition', 'Dictionary', /key-value pairs/],
    ['definition', 'annotation', /^the process of identifying functional elements in a genome/],
  ],
  'memory-lecture.md': [
    ['definition', 'Chunking', /creating chunks, or relationships among separate items/],
    ['definition', 'Elaboration', /explaining your work, supports transfer to long-term memory/],
    ['definition', 'intrinsic', /^Things they have to think about in order to perform a task$/],
    ['definition', 'Faded examples', /^worked examples with targeted details "faded" out/],
    ['definition', 'split-attention effect', /describes the cognitive effort involved with trying to assemble information from different modalities/],
    [
      'enumeration',
      'Strategies For Memory Management',
      /^Chunking, Using Formative Assessment to Support Memory Consolidation, Group Work, Opportunities for Reflection, Limit concepts$/,
    ],
    ['question', 'Is Guided Practice "Hand Holding?"', /minimal guidance/],
  ],
  'teaching-glossary.md': [
    ['definition', 'Accessibility', /^Equal access to learning opportunities/],
    ['definition', 'Cognitive Load', /amount of mental effort required to solve a problem/],
    ['definition', 'Growth Mindset', /^The belief that ability comes with practice\.$/],
    ['definition', 'One-Up, One-Down', /^A feedback technique in which learners take turns/],
    ['definition', 'Participatory Live Coding', /^A style of teaching where the instructor live codes/],
  ],
};

describe('notes in the wild (../shared/notes/wild/)', () => {
  it('are all here, each with the cards this test expects of it', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
  });

  describe.each(files)('%s', (name) => {
    let deck: Deck;
    beforeAll(() => {
      deck = deckOf(name);
    });

    it('gives at least five concrete cards of its golden list, with the right answers', () => {
      const expected = EXPECTED[name] ?? [];
      expect(expected.length).toBeGreaterThanOrEqual(5);
      for (const [kind, prompt, answer] of expected) {
        const card = deck.cards.find(
          (candidate) => !candidate.reverse && candidate.kind === kind && (candidate.prompt === prompt || candidate.term === prompt),
        );
        expect(card, `${name}: no ${kind} card "${prompt}"`).toBeDefined();
        expect(card?.answer, `${name}: ${prompt}`).toMatch(answer);
      }
    });

    it('makes no card the junk rules of score.mjs flag', () => {
      expect(deck.cards.map((card) => [card.id, junkReason(card)]).filter(([, why]) => why !== null)).toEqual([]);
    });

    it('gives the same cards through the in-browser import', () => {
      const text = readFileSync(fileURLToPath(new URL(name, WILD)), 'utf8');
      const imported = buildImportedDeck([{ path: name, text }]).deck;
      expect(imported.cards.map((card) => card.id)).toEqual(deck.cards.map((card) => card.id));
    });
  });
});
