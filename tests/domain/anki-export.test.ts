// The Anki text export on the real deck (built from content/): Anki's file headers, one line per card, the card id as
// GUID, hierarchical tags, and fields that Anki's reader (quotes doubled inside quoted fields) reads back exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { ankiExportFileName, ankiExportText, ankiField, ankiLine, ankiTagPart } from '../../src/domain/anki-export';
import type { Card, Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';

let deck: Deck;
beforeAll(async () => {
  deck = buildDeck((await readNotes(['content'])).sources);
});

const HEADERS = [
  '#separator:tab',
  '#html:false',
  '#notetype:Basic',
  '#columns:GUID\tDeck\tFront\tBack\tTags',
  '#guid column:1',
  '#deck column:2',
  '#tags column:5',
];

/**
 * Reads records as Anki's importer does (the `csv` crate: `#` lines at a record's start are comments, a field in
 * quotes may hold separators and line breaks, `""` inside it is one quote).
 */
function readAnkiRecords(text: string): string[][] {
  const records: string[][] = [];
  let position = 0;
  while (position < text.length) {
    if (text[position] === '#') {
      position = text.indexOf('\n', position) + 1 || text.length;
      continue;
    }
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[position] === '"') {
        position += 1;
        for (;;) {
          const quote = text.indexOf('"', position);
          if (quote < 0) throw new Error('unterminated quoted field');
          field += text.slice(position, quote);
          position = quote + 1;
          if (text[position] !== '"') break;
          field += '"';
          position += 1;
        }
      } else {
        const end = text.slice(position).search(/[\t\n]/);
        const stop = end < 0 ? text.length : position + end;
        field = text.slice(position, stop);
        position = stop;
      }
      record.push(field);
      if (text[position] === '\t') {
        position += 1;
        continue;
      }
      position += 1;
      break;
    }
    records.push(record);
  }
  return records;
}

function cardLike(overrides: Partial<Card>): Card {
  return {
    id: 'networking/definition/router',
    kind: 'definition',
    noteId: 'networking/definition/router',
    reverse: false,
    chapterId: 'networking',
    sectionId: 'networking/devices',
    prompt: 'Router',
    answer: 'Forwards packets between networks',
    term: 'Router',
    items: null,
    details: [],
    context: null,
    sectionPath: ['Networking', 'Devices'],
    source: { file: 'notes.md', line: 3 },
    ...overrides,
  };
}

const smallDeck = (cards: Card[]): Deck => ({
  id: 'networking',
  title: 'Networking Basics',
  chapters: [{ id: 'networking', title: 'Networking', order: 1, file: 'notes.md', sections: [], empty: false }],
  cards,
  warnings: [],
});

describe('Anki export of the real deck', () => {
  it('starts with the file headers Anki reads', () => {
    expect(ankiExportText(deck).split('\n').slice(0, HEADERS.length)).toEqual(HEADERS);
  });

  it('has one line per card after the headers, each of five fields, ids as GUIDs in deck order', () => {
    const text = ankiExportText(deck);
    expect(deck.cards.length).toBe(113);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    const cardLines = lines.slice(HEADERS.length, -1);
    expect(cardLines).toHaveLength(deck.cards.length);
    for (const line of cardLines) expect(line.split('\t')).toHaveLength(5);
    const records = readAnkiRecords(text);
    expect(records.map((record) => record[0])).toEqual(deck.cards.map((card) => card.id));
    expect(new Set(records.map((record) => record[0])).size).toBe(deck.cards.length);
    expect(new Set(records.map((record) => record[1]))).toEqual(new Set(['Kubernetes']));
  });

  it('writes a definition as term → definition and its details, tagged deck::chapter::section', () => {
    const kubelet = deck.cards.find((card) => card.id === 'kubernetes-architecture/definition/kubelet')!;
    const [guid, deckName, front, back, tags] = readAnkiRecords(ankiLine(deck, kubelet))[0];
    expect([guid, deckName, front]).toEqual(['kubernetes-architecture/definition/kubelet', 'Kubernetes', 'Kubelet']);
    expect(back).toMatch(/^Agent that runs on each WN and communicates with MN, .+ — Also makes sure that containers .+ · Connects to container runtime /);
    expect(tags).toBe('Kubernetes::Kubernetes_Architecture::Explain_different_components_for_master_and_worker_nodes');
  });

  it('writes a reverse card as its own note: definition → term', () => {
    const reverse = deck.cards.find((card) => card.id === 'container-orchestration/definition/container-orchestration/reverse')!;
    expect(readAnkiRecords(ankiLine(deck, reverse))[0].slice(2, 4)).toEqual([
      '[…] groups multi-container applications together at scale',
      'Container orchestration',
    ]);
  });

  it('writes a list’s items on one line, joined by “ · ”', () => {
    const options = deck.cards.find((card) => card.id === 'container-orchestration/enumeration/different-container-orchestration-options')!;
    expect(readAnkiRecords(ankiLine(deck, options))[0][3]).toBe(
      'Amazon Elastic Container Service · Azure Container Instances · Azure Service Fabric · Kubernetes · Marathon · Nomad · Docker Swarm',
    );
  });

  it('names the file after the deck', () => {
    expect(ankiExportFileName(deck)).toBe('study-deck-kubernetes.txt');
  });
});

describe('escaping', () => {
  it('quotes a field with a tab, a line break or a quote, or starting with #, and doubles inner quotes', () => {
    expect(ankiField('plain text, with commas; and semicolons')).toBe('plain text, with commas; and semicolons');
    expect(ankiField('a\tb')).toBe('"a\tb"');
    expect(ankiField('line one\nline two')).toBe('"line one\nline two"');
    expect(ankiField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField('#not a comment')).toBe('"#not a comment"');
    expect(ankiField('C# and F#')).toBe('C# and F#');
  });

  it('reads back exactly, whatever the note text holds', () => {
    const nasty = cardLike({
      id: '#odd/definition/x',
      prompt: 'Tab\there, "quoted", and\nsecond line',
      answer: '<b>not html</b> & more\r\nwith CRLF',
      sectionPath: ['Networking', 'Devices: "core"\tand edge'],
    });
    const text = ankiExportText(smallDeck([nasty, cardLike({})]));
    const records = readAnkiRecords(text);
    expect(records).toEqual([
      [
        '#odd/definition/x',
        'Networking Basics',
        'Tab\there, "quoted", and\nsecond line',
        '<b>not html</b> & more\r\nwith CRLF',
        'Networking_Basics::Networking::Devices_core_and_edge',
      ],
      ['networking/definition/router', 'Networking Basics', 'Router', 'Forwards packets between networks', 'Networking_Basics::Networking::Devices'],
    ]);
  });

  it('makes tag parts without spaces, quotes, control characters or a second “::”', () => {
    expect(ankiTagPart('  Kubernetes Architecture ')).toBe('Kubernetes_Architecture');
    expect(ankiTagPart('Networking Challenges: microservices')).toBe('Networking_Challenges_microservices');
    expect(ankiTagPart('A::B')).toBe('A_B');
    expect(ankiTagPart('say "x"\u0007')).toBe('say_x');
  });

  it('adds a cloze card’s sentence after its hidden part', () => {
    const cloze = cardLike({ kind: 'cloze', prompt: 'etcd is based on […]', answer: 'Raft', context: 'etcd is based on Raft', term: null });
    expect(readAnkiRecords(ankiLine(smallDeck([cloze]), cloze))[0][3]).toBe('Raft — etcd is based on Raft');
  });
});
