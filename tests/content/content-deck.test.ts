import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Card, Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { readNotes } from '../../src/pipeline/node/read-notes';
import {
  KUBERNETES_DECK_TITLE,
  answerStartsWith,
  comparable,
  expectedChapters,
  expectedDefinitions,
  expectedEnumerations,
  notCardPrompts,
  notDefinitionTerms,
  sameItems,
} from '../fixtures/kubernetes-expectations';
import { repoPath, sharedNotesPath } from '../paths';

const REPO = repoPath();
const SHARED_NOTES = sharedNotesPath('kubernetes-notes.md');

/** The spelling fixes made in content/, each applied once to the user's notes file; nothing else differs. */
const TYPO_FIXES: [typo: string, fix: string][] = [
  ['run ond ifferent hosts', 'run on different hosts'],
  ['dependencies ina  pre-defined', 'dependencies in a pre-defined'],
  ['in-check adn optimize', 'in-check and optimize'],
  ['deployed froma  given image', 'deployed from a given image'],
  ['can automaticalyl mount', 'can automatically mount'],
  ['Knows about contraints', 'Knows about constraints'],
  ['scheduler taks into account', 'scheduler takes into account'],
  ['anti-afinity', 'anti-affinity'],
  ['when nodex are unavailable', 'when nodes are unavailable'],
  ['CRI consistes of', 'CRI consists of'],
  ['ImageService repsonsible', 'ImageService responsible'],
  ['lets use use', 'lets us use'],
  ['For each Servie endpoint', 'For each Service endpoint'],
  ['Service isntead of', 'Service instead of'],
  ['microserves based apps', 'microservices based apps'],
  ['CNM, propposed by Docker', 'CNM, proposed by Docker'],
  ['while Pod-toPod communication', 'while Pod-to-Pod communication'],
  ['VMs ona network', 'VMs on a network'],
  ['complex consutrcts', 'complex constructs'],
];

/** content/ file → how many lines of the user's notes come before its first line. */
const LINE_OFFSETS: Record<string, number> = {
  'content/01-container-orchestration.md': 0,
  'content/02-kubernetes.md': 47,
  'content/03-kubernetes-architecture.md': 85,
  'content/04-installing-kubernetes.md': 181,
};

/** Built exactly as the Vite plugin builds `virtual:deck`. */
async function contentDeck(): Promise<Deck> {
  const notes = await readNotes(['content'], REPO);
  expect(notes.problems).toEqual([]);
  return buildDeck(notes.sources);
}

async function sharedNotesDeck(): Promise<Deck> {
  const notes = await readNotes([SHARED_NOTES], REPO);
  expect(notes.problems).toEqual([]);
  return buildDeck(notes.sources);
}

const withoutTrailingBlankLines = (text: string) => text.replace(/\n+$/, '\n');

describe('content/ keeps the user’s notes', () => {
  it('is the notes file split by chapter, with only the listed spelling fixes', async () => {
    const notes = await readNotes(['content'], REPO);
    expect(notes.sources.map((source) => source.path)).toEqual(Object.keys(LINE_OFFSETS));

    let expected = await readFile(SHARED_NOTES, 'utf8');
    for (const [typo, fix] of TYPO_FIXES) {
      expect(expected.split(typo)).toHaveLength(2);
      expected = expected.replace(typo, fix);
    }
    const chapters = expected.split(/(?=^## Chapter )/m);
    // The first part is "# Kubernetes" and a blank line: it opens the first chapter's file.
    const perFile = [chapters[0] + chapters[1], ...chapters.slice(2)].map(withoutTrailingBlankLines);
    expect(notes.sources.map((source) => source.text)).toEqual(perFile);
  });

  it('starts each file where its chapter starts in the notes file', async () => {
    const lines = (await readFile(SHARED_NOTES, 'utf8')).split('\n');
    for (const [file, offset] of Object.entries(LINE_OFFSETS)) {
      const firstLine = (await readFile(path.join(REPO, file), 'utf8')).split('\n')[0];
      expect(lines[offset]).toBe(firstLine);
    }
  });
});

describe('the deck built from content/', () => {
  let deck: Deck;
  let shared: Deck;

  beforeAll(async () => {
    [deck, shared] = await Promise.all([contentDeck(), sharedNotesDeck()]);
  });

  it('is titled Kubernetes and has the four chapters in order, one file each', () => {
    expect(deck.title).toBe(KUBERNETES_DECK_TITLE);
    expect(deck.chapters.map(({ id, title, order, empty }) => ({ id, title, order, empty }))).toEqual(expectedChapters);
    expect(deck.chapters.map((chapter) => chapter.file)).toEqual(Object.keys(LINE_OFFSETS));
  });

  it('has chapter 4 empty, with no sections and no cards', () => {
    const installing = deck.chapters.find((chapter) => chapter.id === 'installing-kubernetes');
    expect(installing).toMatchObject({ empty: true, sections: [] });
    expect(deck.cards.filter((card) => card.chapterId === 'installing-kubernetes')).toEqual([]);
    expect(deck.chapters.filter((chapter) => chapter.empty).map((chapter) => chapter.id)).toEqual(['installing-kubernetes']);
  });

  it('has the expected definitions, with their answers', () => {
    const forward = new Map(deck.cards.filter((card) => !card.reverse).map((card) => [card.id, card]));
    for (const expected of expectedDefinitions) {
      const card = forward.get(expected.id);
      expect(card, expected.id).toMatchObject({ kind: 'definition', chapterId: expected.id.split('/')[0] });
      expect(comparable(card?.term ?? ''), expected.id).toBe(comparable(expected.term));
      expect(answerStartsWith(card?.answer ?? '', expected.answerStart), `${expected.id}: ${card?.answer}`).toBe(true);
      expect(card?.source.file, expected.id).toMatch(/^content\/0[1-3]-[a-z-]+\.md$/);
    }
  });

  it('has the expected enumerations, with their items in order', () => {
    for (const expected of expectedEnumerations) {
      const card = deck.cards.find((candidate) => candidate.id === expected.id);
      expect(card, expected.id).toMatchObject({ kind: 'enumeration', term: null });
      expect(comparable(card?.prompt ?? ''), expected.id).toBe(comparable(expected.prompt));
      expect(sameItems(card?.items ?? null, expected.items), `${expected.id}: ${card?.items?.join(' | ')}`).toBe(true);
    }
  });

  it('makes no card from lead-ins, URL-only lines or statements about a subject', () => {
    const prompts = new Set(deck.cards.flatMap((card) => [card.prompt, card.term ?? '']).map(comparable));
    for (const text of notCardPrompts) expect(prompts.has(comparable(text)), text).toBe(false);
    const terms = new Set(deck.cards.filter((card) => card.kind === 'definition').map((card) => comparable(card.term ?? '')));
    for (const text of notDefinitionTerms) expect(terms.has(comparable(text)), text).toBe(false);
  });

  it('has the same chapters and sections as the notes file', () => {
    const outline = (from: Deck) => from.chapters.map((chapter) => [chapter.id, chapter.title, chapter.order, chapter.sections.map((section) => [section.id, section.title])]);
    expect(outline(deck)).toEqual(outline(shared));
    expect(deck.chapters.find((chapter) => chapter.id === 'kubernetes-architecture')?.sections.map((section) => section.title)).toContain(
      'Explain different components for master and worker nodes',
    );
  });

  it('gives every card of the notes file the same id, kind and term in content/', () => {
    const summary = (card: Card) => ({ id: card.id, kind: card.kind, term: card.term, sectionId: card.sectionId, reverse: card.reverse });
    expect(shared.cards.length).toBeGreaterThan(50);
    expect(deck.cards.map(summary)).toEqual(shared.cards.map(summary));
  });

  it('points every card at the same line of the user’s notes', () => {
    const sharedLines = new Map(shared.cards.map((card) => [card.id, card.source.line]));
    expect(deck.cards.length).toBeGreaterThan(50);
    for (const card of deck.cards) {
      expect(LINE_OFFSETS[card.source.file], card.source.file).toBeDefined();
      expect(card.source.line + LINE_OFFSETS[card.source.file], card.id).toBe(sharedLines.get(card.id));
    }
  });

  it('has the fixed spelling in the answers', () => {
    const answers = deck.cards.map((card) => [card.answer, ...card.details.map((detail) => detail.text)].join('\n')).join('\n');
    for (const [typo] of TYPO_FIXES) expect(answers).not.toContain(typo);
    expect(deck.cards.find((card) => card.id === 'kubernetes/definition/storage-orchestration')?.answer).toMatch(/^can automatically mount local/);
  });
});
