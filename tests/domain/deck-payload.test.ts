// The shipped deck: lean (nothing said twice) and exact (decoding gives back the very deck), on real notes and on
// any deck, however unusual its shape.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../bench/generate-notes';
import type { AnswerDetail, Card, CardKind, Chapter, Deck, Section, SourcePlace } from '../../src/domain/deck';
import { outlineOf } from '../../src/domain/deck-outline';
import { decodeDeck, decodePatch, encodeDeck, encodePatch, plainSlug, type DeckPayload } from '../../src/domain/deck-payload';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';

const REPO = path.resolve(__dirname, '../..');
const WILD = path.resolve(REPO, '../shared/notes/wild');

const roundTrip = (deck: Deck) => {
  const payload: DeckPayload = JSON.parse(JSON.stringify(encodeDeck(deck)));
  return decodeDeck(payload.outline, payload.chapters, payload.rest);
};

/** Bytes of everything shipped: the outline, every chapter and the rest, as JSON. */
function payloadBytes(payload: DeckPayload): number {
  const parts = [payload.outline, payload.rest, ...Object.values(payload.chapters)];
  return parts.reduce((sum, part) => sum + Buffer.byteLength(JSON.stringify(part)), 0);
}

// Each test builds whole decks from real notes (ten wild files, 1 MB generated): more than Vitest's 5 s on a busy machine.
describe('decks from real notes', { timeout: 30_000 }, () => {
  it('decodes to the same deck: the user’s notes in content/', async () => {
    const deck = buildDeck((await readNotes(['content'], REPO)).sources);
    expect(roundTrip(deck)).toEqual(deck);
    expect(JSON.stringify(roundTrip(deck))).toBe(JSON.stringify(deck));
  });

  it('decodes to the same deck: every note file in the wild', () => {
    for (const name of readdirSync(WILD).filter((file) => file.endsWith('.md') && file !== 'SOURCES.md')) {
      const deck = buildDeck([{ path: name, text: readFileSync(path.join(WILD, name), 'utf8') }]);
      expect(roundTrip(deck), name).toEqual(deck);
    }
  });

  it('ships a generated collection in less than twice the notes’ bytes, and decodes it exactly', () => {
    // A third of the bench's megabyte (npm run bench measures the whole one): the same generator, so the same mix.
    const text = generateNotes({ bytes: 300_000, seed: 20_240_601 });
    const deck = buildDeck([{ path: 'content/generated.md', text }]);
    const payload = encodeDeck(deck);
    expect(payloadBytes(payload) / Buffer.byteLength(text)).toBeLessThan(2);
    // The deck as it was shipped before: several times the notes.
    expect(Buffer.byteLength(JSON.stringify(deck)) / Buffer.byteLength(text)).toBeGreaterThan(5);
    expect(decodeDeck(payload.outline, payload.chapters, payload.rest)).toEqual(deck);
  });

  it('says nothing twice: reverse cards, section paths, files and an enumeration’s answer are derived', async () => {
    const deck = buildDeck((await readNotes(['content'], REPO)).sources);
    const payload = encodeDeck(deck);
    const shipped = JSON.stringify(payload.chapters);
    const kubelet = deck.cards.find((card) => card.id === 'kubernetes-architecture/definition/kubelet')!;
    expect(deck.cards.some((card) => card.id === `${kubelet.id}/reverse`)).toBe(true);
    // Its answer once (the reverse card's prompt is made from it), its file never (the chapter names it).
    expect(shipped.split(kubelet.answer.slice(0, 40)).length - 1).toBe(1);
    expect(shipped).not.toContain(kubelet.source.file);
    expect(shipped).not.toContain('/reverse');
    const components = deck.cards.find((card) => card.kind === 'enumeration' && card.prompt === 'MN has following components')!;
    expect(shipped).not.toContain(components.answer);
  });
});

describe('the outline', () => {
  it('is the chapters without sections, with what each holds', async () => {
    const deck = buildDeck((await readNotes(['content'], REPO)).sources);
    const { outline } = encodeDeck(deck);
    expect(outline).toEqual(outlineOf(deck));
    const architecture = outline.chapters.find((chapter) => chapter.id === 'kubernetes-architecture')!;
    const cards = deck.cards.filter((card) => card.chapterId === architecture.id);
    expect(architecture.counts.cards).toBe(cards.length);
    expect(architecture.counts.reverse).toBe(cards.filter((card) => card.reverse).length);
    expect(architecture.sections).toBe(deck.chapters.find((chapter) => chapter.id === architecture.id)!.sections.length);
    expect(outline.chapters.find((chapter) => chapter.id === 'installing-kubernetes')).toMatchObject({ empty: true, counts: { cards: 0 } });
  });

  it('carries the id moves of the card id map, so progress under old ids moves before any card loads', async () => {
    const deck = buildDeck((await readNotes(['content'], REPO)).sources);
    const idMoves = [{ from: 'container-orchestration/definition/kubernetes', to: 'kubernetes/definition/kubernetes' }];
    const payload = encodeDeck({ ...deck, idMoves });
    expect(payload.outline.idMoves).toEqual(idMoves);
    expect(decodeDeck(payload.outline, payload.chapters, payload.rest).idMoves).toEqual(idMoves);
    expect(encodeDeck(deck).outline).not.toHaveProperty('idMoves');
  });
});

describe('text patches', () => {
  it('rebuild the text from its base', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, base) => {
        expect(decodePatch(encodePatch(text, base), base)).toBe(text);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('keep only what differs', () => {
    expect(encodePatch('Agent that runs on each WN', 'Agent that runs on each WN')).toBe(0);
    expect(encodePatch('[…] is a store', 'etcd is a store')).toEqual([0, 11, '[…]']);
  });
});

describe('slugs', () => {
  it('are made of ASCII letters and digits joined by dashes, at most 64 characters, breaking at a dash', () => {
    expect(plainSlug('Cloud Native Computing Foundation (aka CNCF)')).toBe('cloud-native-computing-foundation-aka-cncf');
    expect(plainSlug('über')).toBeNull();
    expect(plainSlug('--')).toBeNull();
    expect(plainSlug('a '.repeat(40))!.length).toBeLessThanOrEqual(64);
  });
});

// Any deck, however unusual: ids that do not follow the usual pattern, reverse cards that are not what the pipeline
// would make, places in other files, cards of chapters interleaved.
const text = fc.oneof(fc.constantFrom('Pod', 'kubelet', 'API Server', 'etcd', '', '[…]', 'über', '0', 'a, b'), fc.string({ maxLength: 12 }));
const kind: fc.Arbitrary<CardKind> = fc.constantFrom('definition', 'enumeration', 'cloze', 'question');
const details: fc.Arbitrary<AnswerDetail[]> = fc.array(fc.record({ text, depth: fc.integer({ min: 1, max: 4 }) }), { maxLength: 3 });

interface ChapterShape {
  title: string;
  sections: Array<{ title: string; note: string | null; extraPath: string[]; slug: string | null }>;
}

const chapterShape: fc.Arbitrary<ChapterShape> = fc.record({
  title: text,
  sections: fc.array(
    fc.record({ title: text, note: fc.option(text, { nil: null }), extraPath: fc.array(text, { maxLength: 2 }), slug: fc.option(text, { nil: null }) }),
    { maxLength: 4 },
  ),
});

const cardShape = fc.record({
  kind,
  chapter: fc.nat(),
  section: fc.option(fc.nat(), { nil: null }),
  sectionOutside: fc.boolean(),
  prompt: text,
  answer: text,
  term: fc.oneof(fc.constant(null), fc.constant('prompt'), text),
  items: fc.option(fc.array(text, { maxLength: 4 }), { nil: null }),
  itemsAnswer: fc.boolean(),
  details,
  context: fc.option(text, { nil: null }),
  slug: text,
  suffix: fc.constantFrom(null, 'c1', 'reverse', '!odd'),
  reverse: fc.boolean(),
  derivedReverse: fc.option(text, { nil: null }),
  ownPath: fc.option(fc.array(text, { maxLength: 3 }), { nil: null }),
  line: fc.nat(900),
  column: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  otherFile: fc.boolean(),
});

type CardShape = typeof cardShape extends fc.Arbitrary<infer T> ? T : never;

function makeDeck(title: string, shapes: ChapterShape[], cardShapes: CardShape[], warnings: Deck['warnings']): Deck {
  const chapters: Chapter[] = shapes.map((shape, at) => {
    const id = `chapter-${at}`;
    const file = `notes-${at % 2}.md`;
    const sections: Section[] = shape.sections.map((section, index) => ({
      id: section.slug === null ? `${id}/s${index}` : `elsewhere-${index}-${section.slug}`,
      title: section.title,
      note: section.note,
      path: [shape.title, ...section.extraPath, section.title],
      source: { file, line: index + 1, column: 1 },
    }));
    return { id, title: shape.title, order: at + 1, file, sections, empty: shape.sections.length === 0 };
  });
  const cards: Card[] = [];
  cardShapes.forEach((shape, at) => {
    if (chapters.length === 0) return;
    const chapter = chapters[shape.chapter % chapters.length]!;
    const section = shape.section === null || chapter.sections.length === 0 ? null : chapter.sections[shape.section % chapter.sections.length]!;
    const noteId = `${chapter.id}/${shape.kind}/${shape.slug}-${at}`;
    const items = shape.items;
    const source: SourcePlace = {
      file: shape.otherFile ? 'other.md' : chapter.file,
      line: shape.line,
      ...(shape.column === undefined ? {} : { column: shape.column }),
    };
    const card: Card = {
      id: shape.suffix === null ? noteId : shape.suffix === '!odd' ? `odd/${at}` : `${noteId}/${shape.suffix}`,
      kind: shape.kind,
      noteId,
      reverse: shape.reverse,
      chapterId: chapter.id,
      sectionId: shape.sectionOutside ? `nowhere/${at}` : (section?.id ?? null),
      prompt: shape.prompt,
      answer: items !== null && shape.itemsAnswer ? items.join(', ') : shape.answer,
      term: shape.term === 'prompt' ? shape.prompt : shape.term,
      items,
      details: shape.details,
      context: shape.context,
      sectionPath: shape.ownPath ?? section?.path ?? [chapter.title],
      source,
    };
    cards.push(card);
    if (shape.derivedReverse !== null && !card.reverse) {
      cards.push({
        ...card,
        id: `${card.id}/reverse`,
        reverse: true,
        prompt: shape.derivedReverse,
        answer: card.term ?? card.prompt,
        items: null,
        details: [],
        context: null,
      });
    }
  });
  return { id: 'deck', title, chapters, cards, warnings };
}

const anyDeck = fc
  .tuple(
    text,
    fc.array(chapterShape, { maxLength: 4 }),
    fc.array(cardShape, { maxLength: 14 }),
    fc.array(fc.record({ file: text, line: fc.nat(), column: fc.nat(), message: text }), { maxLength: 2 }),
  )
  .map(([title, shapes, cards, warnings]) => makeDeck(title, shapes, cards, warnings));

describe('any deck', () => {
  it('decodes to the same deck, in the same card order', () => {
    fc.assert(
      fc.property(anyDeck, (deck) => {
        expect(roundTrip(deck)).toEqual(deck);
        expect(roundTrip(deck).cards.map((card) => card.id)).toEqual(deck.cards.map((card) => card.id));
      }),
      { numRuns: 1500, seed: 20_261_127 },
    );
  }, 60_000);

  it('refuses a card of a chapter the deck does not have, rather than losing it', () => {
    const deck = buildDeck([{ path: 'a.md', text: '## Chapter 1: A\n\nDefine Pod\n-Pod: unit\n' }]);
    const stray = { ...deck, cards: [...deck.cards, { ...deck.cards[0]!, id: 'gone/definition/x', chapterId: 'gone' }] };
    expect(() => encodeDeck(stray)).toThrow(/chapter "gone"/);
  });
});
