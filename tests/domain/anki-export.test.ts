// The Anki text export on the real deck (built from content/): Anki's file headers, one line per note, deck id and
// card id as GUID (unique across decks), Basic and Cloze notes, the deck name never nested, hierarchical tags, and
// fields that Anki's reader (quotes doubled inside quoted fields) reads back exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { ankiClozeText, ankiDeckName, ankiExportFileName, ankiExportText, ankiField, ankiLine, ankiTagPart } from '../../src/domain/anki-export';
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
  '#columns:GUID\tNotetype\tDeck\tFront/Text\tBack/Back Extra\tTags',
  '#guid column:1',
  '#notetype column:2',
  '#deck column:3',
  '#tags column:6',
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

  it('has a Basic note per card and a Cloze note per cloze sentence, six fields each, deck id + card id as GUIDs in deck order', () => {
    const text = ankiExportText(deck);
    expect(deck.cards.length).toBe(113);
    const clozes = deck.cards.filter((card) => card.kind === 'cloze');
    const clozeNotes = [...new Set(clozes.map((card) => card.noteId))];
    expect([clozes.length, clozeNotes.length]).toEqual([4, 3]);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    const noteLines = lines.slice(HEADERS.length, -1);
    expect(noteLines).toHaveLength(deck.cards.length - clozes.length + clozeNotes.length);
    for (const line of noteLines) expect(line.split('\t')).toHaveLength(6);
    const records = readAnkiRecords(text);
    const basic = records.filter((record) => record[1] === 'Basic');
    expect(basic.map((record) => record[0])).toEqual(deck.cards.filter((card) => card.kind !== 'cloze').map((card) => `kubernetes/${card.id}`));
    expect(records.filter((record) => record[1] === 'Cloze').map((record) => [record[0], record[3]])).toEqual([
      [
        'kubernetes/kubernetes/cloze/kubernetes-is-also-referred-to-as-k8s-8-characters-between-k-and',
        'Kubernetes is also referred to as {{c1::k8s}}, 8 characters between k and s',
      ],
      [
        'kubernetes/kubernetes/cloze/written-in-go-inspired-by-google-borg-donated-by-google-to-cncf',
        'Evolution of Kubernetes: written in {{c1::Go}}, inspired by {{c2::Google Borg}}, donated by Google to CNCF',
      ],
      [
        'kubernetes/kubernetes-architecture/cloze/this-model-is-called-ip-per-pod-ensures-proper-pod-to-pod',
        'This model is called {{c1::IP-per-Pod}}, ensures proper Pod-to-Pod communication',
      ],
    ]);
    expect(new Set(records.map((record) => record[0])).size).toBe(records.length);
    expect(new Set(records.map((record) => record[2]))).toEqual(new Set(['Kubernetes']));
  });

  it('shares no GUID with another deck of the same notes, or of the same title', () => {
    // An imported deck titled "Kubernetes" gets another id in this browser (kubernetes-2), and its own GUIDs.
    const again: Deck = { ...deck, id: 'kubernetes-2' };
    const guids = (of: Deck) => new Set(readAnkiRecords(ankiExportText(of)).map((record) => record[0]));
    const first = guids(deck);
    expect([...guids(again)].filter((guid) => first.has(guid))).toEqual([]);
    expect(readAnkiRecords(ankiExportText(again))[0]![2]).toBe('Kubernetes');
  });

  it('writes a definition as term → definition and its details, tagged deck::chapter::section', () => {
    const kubelet = deck.cards.find((card) => card.id === 'kubernetes-architecture/definition/kubelet')!;
    const [guid, notetype, deckName, front, back, tags] = readAnkiRecords(ankiLine(deck, kubelet))[0];
    expect([guid, notetype, deckName, front]).toEqual(['kubernetes/kubernetes-architecture/definition/kubelet', 'Basic', 'Kubernetes', 'Kubelet']);
    expect(back).toMatch(/^Agent that runs on each WN and communicates with MN, .+ — Also makes sure that containers .+ · Connects to container runtime /);
    expect(tags).toBe('Kubernetes::Kubernetes_Architecture::Explain_different_components_for_master_and_worker_nodes');
  });

  it('writes a reverse card as its own note: definition → term', () => {
    const reverse = deck.cards.find((card) => card.id === 'container-orchestration/definition/container-orchestration/reverse')!;
    expect(readAnkiRecords(ankiLine(deck, reverse))[0].slice(3, 5)).toEqual([
      '[…] groups multi-container applications together at scale',
      'Container orchestration',
    ]);
  });

  it('writes a list’s items on one line, joined by “ · ”', () => {
    const options = deck.cards.find((card) => card.id === 'container-orchestration/enumeration/different-container-orchestration-options')!;
    expect(readAnkiRecords(ankiLine(deck, options))[0][4]).toBe(
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
        'networking/#odd/definition/x',
        'Basic',
        'Networking Basics',
        'Tab\there, "quoted", and\nsecond line',
        '<b>not html</b> & more\r\nwith CRLF',
        'Networking_Basics::Networking::Devices_core_and_edge',
      ],
      [
        'networking/networking/definition/router',
        'Basic',
        'Networking Basics',
        'Router',
        'Forwards packets between networks',
        'Networking_Basics::Networking::Devices',
      ],
    ]);
  });

  it('makes tag parts without spaces, quotes, control characters or a second “::”', () => {
    expect(ankiTagPart('  Kubernetes Architecture ')).toBe('Kubernetes_Architecture');
    expect(ankiTagPart('Networking Challenges: microservices')).toBe('Networking_Challenges_microservices');
    expect(ankiTagPart('A::B')).toBe('A_B');
    expect(ankiTagPart('say "x"\u0007')).toBe('say_x');
  });

  it('names the deck in Anki without nesting it: “::” in a title is not a subdeck', () => {
    expect(ankiDeckName('C++ :: Basics')).toBe('C++ ∷ Basics');
    expect(ankiDeckName('Kubernetes::Architecture:::x')).toBe('Kubernetes∷Architecture∷x');
    expect(ankiDeckName('Time: 10:30')).toBe('Time: 10:30');
    const nested = { ...smallDeck([cardLike({})]), title: 'Networking::Basics' };
    const [record] = readAnkiRecords(ankiExportText(nested));
    expect(record![2]).toBe('Networking∷Basics');
    expect(record![5]).toBe('Networking_Basics::Networking::Devices');
  });
});

describe('cloze notes', () => {
  const sentence = 'etcd is based on Raft, a consensus algorithm';
  const clozeCard = (group: number, prompt: string, answer: string) =>
    cardLike({
      id: `networking/cloze/etcd-raft/c${group}`,
      noteId: 'networking/cloze/etcd-raft',
      kind: 'cloze',
      prompt,
      answer,
      context: sentence,
      term: null,
    });
  const c1 = clozeCard(1, '[…] is based on Raft, a consensus algorithm', 'etcd');
  const c2 = clozeCard(2, 'etcd is based on [protocol], a […] algorithm', 'Raft, consensus');

  it('writes the cards of one sentence as one Anki Cloze note, hints kept', () => {
    expect(ankiClozeText([c1, c2])).toBe('{{c1::etcd}} is based on {{c2::Raft::protocol}}, a {{c2::consensus}} algorithm');
    const records = readAnkiRecords(ankiExportText(smallDeck([cardLike({}), c1, c2])));
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual([
      'networking/networking/cloze/etcd-raft',
      'Cloze',
      'Networking Basics',
      '{{c1::etcd}} is based on {{c2::Raft::protocol}}, a {{c2::consensus}} algorithm',
      '',
      'Networking_Basics::Networking::Devices',
    ]);
  });

  it('writes back the clozes the notes wrote, {{cN::…}} with hints and ==highlights==, brackets of the text kept', () => {
    const notes = buildDeck([
      {
        path: 'net.md',
        text: '# Net\n## Chapter 1: Basics\nConsensus\n-{{c1::etcd}} is based on {{c2::Raft::algorithm}}, said [the docs]\n-==Flannel== is an overlay network for ==Kubernetes==\n',
      },
    ]);
    expect(notes.cards.filter((card) => card.kind === 'cloze')).toHaveLength(4);
    const records = readAnkiRecords(ankiExportText(notes));
    expect(records.map((record) => record.slice(0, 4))).toEqual([
      ['net/basics/cloze/etcd-is-based-on-raft-said-the-docs', 'Cloze', 'Net', '{{c1::etcd}} is based on {{c2::Raft::algorithm}}, said [the docs]'],
      ['net/basics/cloze/flannel-is-an-overlay-network-for-kubernetes', 'Cloze', 'Net', '{{c1::Flannel}} is an overlay network for {{c2::Kubernetes}}'],
    ]);
  });

  it('falls back to a Basic note per card when a prompt does not fit its sentence', () => {
    const odd = clozeCard(1, 'something else entirely […]', 'etcd');
    expect(ankiClozeText([odd])).toBeNull();
    const [record] = readAnkiRecords(ankiExportText(smallDeck([odd])));
    expect(record!.slice(0, 2)).toEqual(['networking/networking/cloze/etcd-raft/c1', 'Basic']);
    expect(record![4]).toBe('etcd — etcd is based on Raft, a consensus algorithm');
  });
});
